import { removeSpan } from '../edits';
import { atVersion, existsIn } from '../etcd/options';
import { effectiveSetting, effectiveValue } from '../model';
import { shown } from '../syntax/syntaxChecks';
import type { Rule } from './rule';

/** Debian's unit and init script set these two before reading the file: removing the line brings theirs back. */
const presetByDebian = ['ETCD_NAME', 'ETCD_DATA_DIR'];

/** Unset values that etcd derives from other options rather than a fixed default. */
const derived: Readonly<Record<string, string>> = {
	'initial-cluster': 'a one-member cluster of this member alone',
};

/**
 * `ETCD_X=` or `ETCD_X=""`: etcd skips an empty variable as if it were not set, keeps the option's default, and
 * then warns that the variable is unrecognised. Worth a warning where the default is not empty.
 */
export const emptyValue: Rule = {
	id: 'empty-value',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			if (setting.source !== 'env' || !option || setting.value !== '' || !existsIn(option, ctx.version)) return [];
			if (effectiveSetting(doc, option.name) !== setting) return [];
			// With listen URLs set, etcd refuses to start instead: missing-advertise-client says so.
			if (option.name === 'advertise-client-urls' && effectiveValue(doc, 'listen-client-urls')) return [];
			const fallback = option.effectiveDefault ?? atVersion(option.defaultValue, ctx.version) ?? '';
			const instead = derived[option.name] ?? `its default ${shown(fallback)}`;
			const alone = doc.settings.filter(other => other.option === option).length === 1;
			return [{
				span: { start: setting.keySpan.start, end: setting.valueSpan.end },
				message: fallback === ''
					? `An empty ${setting.key} counts as not set, which changes nothing here (the default is empty too), but etcd logs a warning about an unrecognised variable: remove the line.`
					: `An empty ${setting.key} counts as not set, so etcd uses ${instead} and logs a warning about an unrecognised variable: give a value or remove the line.`,
				severity: fallback === '' ? 'hint' as const : undefined,
				fixes: [{
					title: `Remove the empty ${setting.key} line`,
					preferred: true,
					safe: alone && !presetByDebian.includes(setting.key),
					changes: [removeSpan(setting.statementSpan)],
				}],
			}];
		});
	},
};
