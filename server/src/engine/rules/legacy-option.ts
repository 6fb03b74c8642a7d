import { legacyName, removeSetting, renameKey, spelled } from '../etcd/keyChecks';
import type { ConfigDocument, Setting } from '../model';
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
			const effect = legacy === 'config'
				? `${setting.key} does not load a configuration file: etcd accepts the name and ignores it, and the option that reads a YAML file is ${spelled('config-file', setting)}`
				: `${setting.key} is a leftover from etcd 2 that etcd accepts and ignores (3.4 logs a warning)`;
			return [{
				span: setting.keySpan,
				message: `${effect}: ${legacy === 'config' ? `rename it to ${spelled('config-file', setting)} if a file was meant, or remove it` : 'remove it'}.`,
				fixes: fixes(doc, setting, legacy),
			}];
		});
	},
};

/** As flags these names are switches: a word after one is a stray word, which invalid-argument reports. */
function fixes(doc: ConfigDocument, setting: Setting, legacy: string): Fix[] {
	const what = setting.source === 'env' ? 'line' : setting.key;
	const remove: Fix = { title: `Remove the ignored ${what}`, preferred: legacy !== 'config', safe: legacy !== 'config', changes: [removeSetting(doc, setting)] };
	return legacy === 'config' ? [renameKey(setting, spelled('config-file', setting), true), remove] : [remove];
}
