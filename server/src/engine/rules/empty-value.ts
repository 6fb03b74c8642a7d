import { inputOf } from '../dialects';
import { atVersion, existsIn } from '../etcd/options';
import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting, effectiveValue } from '../dialects/effective';
import { shown } from './shared/syntaxChecks';
import type { Rule } from './rule';
import { removeSpan } from '../text/lineEdits';

/** Debian's unit and init script set these two before reading the file: removing the line brings theirs back. */
const presetByDebian = ['ETCD_NAME', 'ETCD_DATA_DIR'];

/** Unset values that etcd derives from other options rather than a fixed default (the text is in the catalogue). */
const derived: readonly string[] = ['initial-cluster'];

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
			if (inputOf(setting) !== 'environment' || !option || setting.value !== '' || !existsIn(option, ctx.version)) return [];
			if (effectiveSetting(doc, option.name) !== setting) return [];
			// With listen URLs set, etcd refuses to start instead: missing-advertise-client says so.
			if (option.name === 'advertise-client-urls' && effectiveValue(doc, 'listen-client-urls')) return [];
			const fallback = option.effectiveDefault ?? atVersion(option.defaultValue, ctx.version) ?? '';
			const msg = ctx.msg['empty-value'];
			const instead = derived.includes(option.name) ? msg.derivedCluster : msg.itsDefault(shown(fallback));
			const alone = doc.settings.filter(other => other.option === option).length === 1;
			return [{
				span: { start: setting.keySpan.start, end: setting.valueSpan.end },
				message: fallback === ''
					? msg.emptyDefault(setting.key)
					: msg.message(setting.key, instead),
				severity: fallback === '' ? 'hint' as const : undefined,
				fixes: [{
					title: msg.remove(setting.key),
					preferred: true,
					safe: alone && !presetByDebian.includes(setting.key),
					// Where every line of the key is empty, all go: removing the last would only bring the one before to light.
					changes: (everyLineEmpty(doc, setting) ? doc.settings.filter(other => other.option === option && inputOf(other) === 'environment') : [setting])
						.map(line => removeSpan(line.statementSpan)),
				}],
			}];
		});
	},
};

function everyLineEmpty(doc: ConfigDocument, setting: Setting): boolean {
	const same = doc.settings.filter(other => other.option === setting.option);
	return same.every(other => inputOf(other) === 'environment' && other.value === '');
}
