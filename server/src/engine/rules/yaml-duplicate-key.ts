import { effectiveSetting } from '../dialects/effective';
import { yamlSettings } from './shared/yamlChecks';
import type { Rule } from './rule';
import { removeSpan } from '../text/lineEdits';
import { lineNumber } from '../model/configDocument';

/**
 * The same key twice in a YAML file, letter case aside: etcd keeps one (the later of two identical spellings; of
 * two spellings that differ in case, the one that sorts last, since it decodes the keys in sorted order) and
 * silently drops the other.
 */
export const yamlDuplicateKey: Rule = {
	id: 'yaml-duplicate-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-duplicate-key'];
		const settings = yamlSettings(doc);
		// Grouped once: a file with thousands of keys must not cost a comparison of every pair.
		const byKey = new Map<string, typeof settings>();
		for (const setting of settings) {
			const key = setting.key.toLowerCase();
			const group = byKey.get(key);
			if (group) group.push(setting); else byKey.set(key, [setting]);
		}
		return settings.flatMap(setting => {
			const same = byKey.get(setting.key.toLowerCase()) ?? [];
			if (same.length < 2) return [];
			const winner = setting.option ? effectiveSetting(doc, setting.option.name) : same.reduce((a, b) => (leaf(b) >= leaf(a) ? b : a));
			if (!winner || winner === setting) return [];
			return [{
				span: { start: setting.keySpan.start, end: setting.valueSpan.end },
				message: msg.message(setting.key, lineNumber(doc, winner.keySpan.start)),
				unnecessary: true,
				related: [{ span: winner.keySpan, message: msg.related(winner.key) }],
				fixes: [{ title: msg.fix, preferred: true, safe: setting.value === winner.value, changes: [removeSpan(setting.statementSpan)] }],
			}];
		});
	},
};

function leaf(setting: { key: string }): string {
	return setting.key.slice(setting.key.lastIndexOf('.') + 1);
}
