import { checkValue } from '../etcd/valueChecks';
import { valueReason } from './shared/valueWords';
import { hasWrongYamlType } from './shared/yamlChecks';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { EtcdVersion } from '../etcd/options';
import { effectiveValue } from '../dialects/effective';
import { isTrue } from './shared/urlChecks';
import { inputOf, replaceValue } from '../dialects';

/** 3.4's capnslog with debug on sets the debug level itself and never reads log-level (v3.4.45:embed/config_logging.go:96). */
function levelUnread(doc: ConfigDocument, version: EtcdVersion): boolean {
	return version === '3.4' && effectiveValue(doc, 'logger') !== 'zap' && isTrue(doc, 'debug');
}

/** An empty variable counts as unset and a YAML null leaves the default, but an empty flag or YAML string is a value. */
function writtenOut(setting: Setting): boolean {
	if (setting.value !== '') return true;
	if (inputOf(setting) === 'environment') return false;
	return setting.yaml === undefined || (setting.yaml.kind === 'scalar' && setting.yaml.type === 'string');
}

/**
 * A value etcd cannot read for its option: a boolean outside Go's spellings, a unit on a millisecond count,
 * a duration without unit, a value outside an enum.
 * As a variable etcd exits with status 1, as a flag with a usage error. URLs and the cluster list have
 * rules of their own; an empty value is empty-value's.
 */
/**
 * Corrections that mean exactly what was written, so Fix All may make them: `100ms` → `100` for a millisecond count,
 * `1d` → `24h`, `yes` → `true`, `Info` → `info`. A number with a leading zero may have meant octal: only an offer.
 */
const oneRightAnswer = new Set(['plainCount', 'bool', 'oneOf', 'retention']);

export const invalidValue: Rule = {
	id: 'invalid-value',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			if (!setting.option || hasTemplate(setting.value) || hasWrongYamlType(setting, ctx.target) || !writtenOut(setting)) return [];
			if (setting.option.name === 'log-level' && levelUnread(doc, ctx.version)) return [];
			// ETCD_VERSION is special-variable's: 3.5+ drops it before reading variables, 3.4 reads it as the version switch.
			if (setting.option.name === 'version' && inputOf(setting) === 'environment') return [];
			const words = ctx.msg['invalid-value'];
			const verdict = checkValue(setting.option, setting.value, ctx.target, inputOf(setting) === 'config-file');
			if (!verdict) return [];
			const safe = oneRightAnswer.has(verdict.problem.code);
			const fix = verdict.corrected === undefined ? [] : [{ title: words.write(verdict.corrected), preferred: true, safe, changes: [replaceValue(doc, setting, verdict.corrected)] }];
			return [{
				span: setting.valueSpan,
				message: words.message(setting.key, valueReason(verdict.problem, words)),
				fixes: fix,
			}];
		});
	},
};
