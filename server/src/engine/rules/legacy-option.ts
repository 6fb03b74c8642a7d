import { legacyName, renameKey } from './shared/keyChecks';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Fix, Rule, RuleContext } from './rule';
import { dialectOf, removeSetting, spelled } from '../dialects';

/**
 * A name left over from etcd 2 (`ETCD_CONFIG`, `ETCD_FORCE`, `--snapshot`, …): every version accepts it and throws
 * the value away (3.4 logs a warning, later versions nothing). `config` is the trap: it looks like
 * `config-file` but loads nothing. As flags they behave like switches, so a value after a blank is a stray word.
 */
export const legacyOption: Rule = {
	id: 'legacy-option',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const legacy = legacyName(setting);
			if (!legacy) return [];
			return [{
				span: setting.keySpan,
				message: legacy === 'config' ? ctx.msg['legacy-option'].config(setting.key, spelled('config-file', setting)) : ctx.msg['legacy-option'].leftover(setting.key),
				fixes: fixes(doc, setting, legacy, ctx.msg),
			}];
		});
	},
};

/** As flags these names are switches: a word after one is a stray word, which invalid-argument reports. */
function fixes(doc: ConfigDocument, setting: Setting, legacy: string, msg: RuleContext['msg']): Fix[] {
	const title = dialectOf(setting).unit === 'line' ? msg['legacy-option'].removeLine : msg['legacy-option'].removeFlag(setting.key);
	const remove: Fix = { title, preferred: legacy !== 'config', safe: legacy !== 'config', changes: [removeSetting(doc, setting)] };
	return legacy === 'config' ? [renameKey(setting, spelled('config-file', setting), true, msg['key-checks']), remove] : [remove];
}
