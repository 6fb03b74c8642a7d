import { checkValue } from '../etcd/valueChecks';
import { hasWrongYamlType } from './shared/yamlChecks';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/**
 * A value etcd cannot read for its option: a boolean outside Go's spellings, a unit on a millisecond count,
 * a duration without unit, a value outside an enum (VALIDATION A2, A4, A18–A21, A24, D9, F1, F2, F10).
 * As a variable etcd exits with status 1, as a flag with a usage error. URLs and the cluster list have
 * rules of their own; an empty value is empty-value's.
 */
export const invalidValue: Rule = {
	id: 'invalid-value',
	severity: 'error',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			if (!setting.option || setting.value === '' || hasTemplate(setting.value) || hasWrongYamlType(setting)) return [];
			const words = ctx.msg['invalid-value'];
			const verdict = checkValue(setting.option, setting.value, ctx.version, words);
			if (!verdict) return [];
			const fix = verdict.corrected === undefined ? [] : [{ title: words.write(verdict.corrected), preferred: true, changes: [replaceValue(doc, setting, verdict.corrected)] }];
			return [{
				span: setting.valueSpan,
				message: words.message(setting.key, verdict.reason),
				fixes: fix,
			}];
		});
	},
};
