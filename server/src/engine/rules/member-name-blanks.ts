import { memberView } from '../cluster/membership';
import { valueSubspan } from '../model/configDocument';
import { alternatives } from '../text/alternatives';
import type { Rule } from './rule';
import { replaceValue, spelled } from '../dialects';

/**
 * etcd splits ETCD_INITIAL_CLUSTER at commas without trimming names: `a=…, b=…` declares a member named ` b`.
 * One finding per list, on its first such name: the list's other findings (it differs from the other members'
 * lists) follow from the blanks, so it explains the whole value.
 */
export const memberNameBlanks: Rule = {
	id: 'member-name-blanks',
	severity: 'error',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		const blanked = members.filter(m => m.name !== m.name.trim());
		if (!cluster || blanked.length === 0) return [];
		const msg = ctx.msg['member-name-blanks'];
		// An entry without `=` stays without it: trimming must not turn it into something else.
		const trimmed = members.map(m => (m.nameTo === m.urlFrom ? m.name.trim() : `${m.name.trim()}=${m.url}`)).join(',');
		const names = blanked.map(m => m.name.trim());
		const [first, ...others] = blanked;
		return [{
			span: valueSubspan(cluster, first.nameFrom, first.nameTo),
			message: msg.message(alternatives(names, ctx.msg.and), names.length, spelled('name', cluster)),
			related: others.map(m => ({ span: valueSubspan(cluster, m.nameFrom, m.nameTo), message: msg.also(m.name.trim()) })),
			explains: cluster.valueSpan,
			fixes: [{ title: msg.fix(cluster.key), preferred: true, safe: true, changes: [replaceValue(doc, cluster, trimmed)] }],
		}];
	},
};
