import { legacyName, removeFlagName, removeSetting, renameKey, spelled, swallowsFlag } from '../etcd/keyChecks';
import type { ConfigDocument, Setting } from '../model';
import { shown } from '../syntax/syntaxChecks';
import type { Fix, Rule } from './rule';

/**
 * A name left over from etcd 2 (`ETCD_CONFIG`, `ETCD_FORCE`, `--snapshot`, …): every version accepts it and throws
 * the value away (3.4 logs a warning, later versions nothing; VALIDATION A9). `config` is the trap: it looks like
 * `config-file` but loads nothing. As flags they behave like switches, so a value after a blank is a stray word.
 */
export const legacyOption: Rule = {
	id: 'legacy-option',
	severity: 'warning',
	check(doc) {
		return doc.settings.flatMap(setting => {
			const legacy = legacyName(setting);
			if (!legacy) return [];
			const stray = setting.source === 'flag' && hasSeparateValue(doc, setting);
			const effect = legacy === 'config'
				? `${setting.key} does not load a configuration file: etcd accepts the name and ignores it, and the option that reads a YAML file is ${spelled('config-file', setting)}`
				: `${setting.key} is a leftover from etcd 2 that etcd accepts and ignores (3.4 logs a warning)`;
			return [{
				span: stray ? setting.statementSpan : setting.keySpan,
				message: stray
					? `${effect}; it takes no separate value, so etcd refuses ${shown(setting.value)} after it as a stray word and does not start.`
					: `${effect}: ${legacy === 'config' ? `rename it to ${spelled('config-file', setting)} if a file was meant, or remove it` : 'remove it'}.`,
				severity: stray ? 'error' as const : undefined,
				fixes: fixes(doc, setting, legacy, stray),
			}];
		});
	},
};

function fixes(doc: ConfigDocument, setting: Setting, legacy: string, stray: boolean): Fix[] {
	const what = setting.source === 'env' ? 'line' : stray ? `${setting.key} and ${shown(setting.value)}` : setting.key;
	// `--force --name x`: the next flag was read as this one's value; remove the name alone.
	const change = swallowsFlag(setting) ? removeFlagName(doc, setting) : removeSetting(doc, setting);
	const remove: Fix = { title: `Remove the ignored ${what}`, preferred: legacy !== 'config', safe: legacy !== 'config', changes: [change] };
	return legacy === 'config' ? [renameKey(setting, spelled('config-file', setting), true), remove] : [remove];
}

/** `--force true`: Go reads these names as switches, so a separate word after one is not its value. */
function hasSeparateValue(doc: ConfigDocument, flag: Setting): boolean {
	return flag.valueSpan.end > flag.valueSpan.start && doc.text[flag.keySpan.end] !== '=' && !swallowsFlag(flag);
}
