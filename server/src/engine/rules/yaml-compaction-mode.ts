import { addSetting, documentInput } from '../dialects';
import { parseRetention } from '../etcd/values';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';

/**
 * In a YAML file etcd 3.4 has no default compaction mode (on the command line it is `periodic`): an hour count is
 * then read as 0, which turns compaction off without a word, and a duration such as `1h` stops etcd at start with
 * "unsupported compaction mode". Both observed with etcd 3.4; later versions are not checked.
 */
export const yamlCompactionMode: Rule = {
	id: 'yaml-compaction-mode',
	severity: 'error',
	check(doc, ctx) {
		if (documentInput(doc) !== 'config-file' || ctx.version !== '3.4' || effectiveSetting(doc, 'auto-compaction-mode')?.value) return [];
		const retention = effectiveSetting(doc, 'auto-compaction-retention');
		if (!retention || hasTemplate(retention.value)) return [];
		const msg = ctx.msg['yaml-compaction-mode'];
		// What etcd cannot read at all is invalid-value's to report.
		const read = parseRetention(retention.value);
		const off = read?.kind === 'count' && read.value > 0;
		const refused = read?.kind === 'duration' && read.value !== 0;
		if (!off && !refused) return [];
		const added = addSetting(doc, retention, 'auto-compaction-mode', 'periodic');
		return [{
			span: retention.valueSpan,
			message: off ? msg.off(retention.value) : msg.refused(retention.value),
			severity: off ? 'warning' : undefined,
			fixes: added && [{ title: msg.add(added.text), preferred: true, safe: true, changes: [added.change] }],
		}];
	},
};
