import { etcdVersions, existsIn, optionByEnv, optionByName } from '../etcd/options';
import { yamlSettings } from './shared/yamlChecks';
import { isYamlOnlyKey, yamlKeyOf, yamlKeysIn, yamlSections, leafOf, parentOf } from '../etcd/yamlKeys';
import { suggestionsFor } from './shared/keyChecks';
import type { Problem, Rule } from './rule';
import { alternatives } from '../text/alternatives';

/**
 * A key that etcd's YAML file does not have: a typo, another tool's key. etcd skips unknown keys without a word
 * (it never says that `initial-cluster-tokne` did nothing), so this is worth a warning; so is the key of an option this
 * version reads only as a flag. Keys that name an option in another spelling, or that another version has, are left to
 * their own rules.
 */
export const yamlUnknownKey: Rule = {
	id: 'yaml-unknown-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const known = yamlKeysIn(ctx.version);
		return yamlSettings(doc).flatMap((setting): Problem[] => {
			const key = setting.key;
			const msg = ctx.msg['yaml-unknown-key'];
			// An option this version has, but not in its YAML file (3.6 reads discovery-fallback only as a flag).
			if (setting.option && existsIn(setting.option, ctx.version) && yamlKeyOf(setting.option, ctx.version) === null) {
				const readers = etcdVersions.filter(version => yamlKeyOf(setting.option!, version) !== null);
				const named = readers.length > 1 ? `${readers.slice(0, -1).join(', ')}${ctx.msg.and}${readers[readers.length - 1]}` : readers.join('');
				return [{ span: setting.keySpan, message: msg.notRead(ctx.version, key, named), explains: setting.statementSpan }];
			}
			if (setting.option || yamlSections.has(key.toLowerCase()) || isYamlOnlyKey(key, ctx.version)) return [];
			const spelledLikeFlag = optionByName(key.toLowerCase()) ?? optionByEnv(key.toUpperCase());
			if (spelledLikeFlag && existsIn(spelledLikeFlag, ctx.version)) return [];
			const parent = parentOf(key).toLowerCase();
			const sameLevel = known.filter(candidate => parentOf(candidate).toLowerCase() === parent).map(leafOf);
			const suggestions = suggestionsFor(leafOf(key), sameLevel);
			return [{
				span: setting.keySpan,
				message: msg.message(ctx.version, key, suggestions.length > 0 ? alternatives(suggestions, msg.or) : undefined),
				fixes: suggestions.map((suggestion, index) => ({ title: msg.fix(suggestion), preferred: index === 0, changes: [{ span: setting.keySpan, newText: suggestion }] })),
			}];
		});
	},
};
