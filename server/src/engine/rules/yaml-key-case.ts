import { yamlSettings } from './shared/yamlChecks';
import { yamlKeyOf, leafOf } from '../etcd/yamlKeys';
import type { Rule } from './rule';

/**
 * A key in other letters than etcd's own (`Name:` for `name:`): etcd matches YAML keys regardless of case, so it
 * works, but the file no longer reads like etcd's documentation, and when both spellings are present the one
 * etcd keeps is decided by sort order, not by position.
 */
export const yamlKeyCase: Rule = {
	id: 'yaml-key-case',
	severity: 'information',
	sees: 'written',
	check(doc, ctx) {
		return yamlSettings(doc).flatMap(setting => {
			const canonical = setting.option && yamlKeyOf(setting.option, ctx.version);
			if (!canonical || canonical === setting.key || canonical.toLowerCase() !== setting.key.toLowerCase()) return [];
			const leaf = leafOf(canonical);
			const fixable = leafOf(setting.key) !== leaf;
			return [{
				span: setting.keySpan,
				message: ctx.msg['yaml-key-case'].message(canonical, setting.key),
				fixes: fixable ? [{ title: ctx.msg['yaml-key-case'].fix(leaf), preferred: true, safe: true, changes: [{ span: setting.keySpan, newText: leaf }] }] : [],
			}];
		});
	},
};
