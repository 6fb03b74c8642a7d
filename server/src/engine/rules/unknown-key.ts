import { inputOf } from '../dialects';
import { legacyName, renameKey, suggestionsFor } from './shared/keyChecks';
import { hasFlag } from '../etcd/availability';
import { allOptions, specialVariables } from '../etcd/options';
import type { Rule } from './rule';
import { alternatives } from '../text/alternatives';

/**
 * An `ETCD_*` variable that names no etcd option in any version (a typo, the wrong letter case, another tool's
 * name): etcd logs a warning about an unrecognised variable and goes on without it. Options of other versions,
 * legacy names and the special variables have their own rules; `ETCDCTL_*` does not start with `ETCD_`.
 */
export const unknownKey: Rule = {
	id: 'unknown-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const known = [...allOptions().filter(option => hasFlag(option, ctx.target)).map(option => option.env), ...specialVariables];
		return doc.settings.flatMap(setting => {
			if (inputOf(setting) !== 'environment' || !setting.key.startsWith('ETCD_') || setting.option) return [];
			if (specialVariables.includes(setting.key) || legacyName(setting)) return [];
			const suggestions = suggestionsFor(setting.key, known);
			const msg = ctx.msg['unknown-key'];
			const hint = suggestions.length > 0 ? msg.didYouMean(alternatives(suggestions, msg.or)) : msg.checkSpelling;
			const upper = setting.key.toUpperCase();
			return [{
				span: setting.keySpan,
				message: known.includes(upper)
					? msg.letterCase(setting.key, upper)
					: msg.message(setting.key, ctx.version, hint),
				fixes: suggestions.map((suggestion, index) => renameKey(setting, suggestion, index === 0, ctx.msg['key-checks'])),
			}];
		});
	},
};
