import { checkValue } from '../etcd/valueChecks';
import { valueReason } from './shared/valueWords';
import { hasWrongYamlType } from './shared/yamlChecks';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/**
 * A value etcd cannot read for its option: a boolean outside Go's spellings, a unit on a millisecond count,
 * a duration without unit, a value outside an enum.
 * As a variable etcd exits with status 1, as a flag with a usage error. URLs and the cluster list have
 * rules of their own; an empty value is empty-value's.
 */
export const invalidValue: Rule = {
	id: 'invalid-value',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			if (!setting.option || setting.value === '' || hasTemplate(setting.value) || hasWrongYamlType(setting)) return [];
			const words = ctx.msg['invalid-value'];
			const verdict = checkValue(setting.option, setting.value, ctx.version);
			if (!verdict) return [];
			const fix = verdict.corrected === undefined ? [] : [{ title: words.write(verdict.corrected), preferred: true, changes: [replaceValue(doc, setting, verdict.corrected)] }];
			return [{
				span: setting.valueSpan,
				message: words.message(setting.key, valueReason(verdict.problem, words)),
				fixes: fix,
			}];
		});
	},
};
