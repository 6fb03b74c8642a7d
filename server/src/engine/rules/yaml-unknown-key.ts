import { existsIn, optionByEnv, optionByName } from '../etcd/options';
import { yamlSettings } from './shared/yamlChecks';
import { isYamlOnlyKey, yamlKeysIn, yamlSections, leafOf, parentOf } from '../etcd/yamlKeys';
import { suggestionsFor } from './shared/keyChecks';
import type { Rule } from './rule';

/**
 * A key that etcd's YAML file does not have: a typo, another tool's key. etcd skips unknown keys without a word
 * (it never says that `initial-cluster-tokne` did nothing), so this is worth a warning. Keys that name an option
 * in another spelling, or that another version has, are left to their own rules.
 */
export const yamlUnknownKey: Rule = {
	id: 'yaml-unknown-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const known = yamlKeysIn(ctx.version);
		return yamlSettings(doc).flatMap(setting => {
			const key = setting.key;
			if (setting.option || yamlSections.has(key.toLowerCase()) || isYamlOnlyKey(key, ctx.version)) return [];
			const spelledLikeFlag = optionByName(key.toLowerCase()) ?? optionByEnv(key.toUpperCase());
			if (spelledLikeFlag && existsIn(spelledLikeFlag, ctx.version)) return [];
			const parent = parentOf(key).toLowerCase();
			const sameLevel = known.filter(candidate => parentOf(candidate).toLowerCase() === parent).map(leafOf);
			const suggestions = suggestionsFor(leafOf(key), sameLevel);
			const msg = ctx.msg['yaml-unknown-key'];
			return [{
				span: setting.keySpan,
				message: msg.message(ctx.version, key, suggestions.length > 0 ? suggestions.join(msg.or) : undefined),
				fixes: suggestions.map((suggestion, index) => ({ title: msg.fix(suggestion), preferred: index === 0, changes: [{ span: setting.keySpan, newText: suggestion }] })),
			}];
		});
	},
};
