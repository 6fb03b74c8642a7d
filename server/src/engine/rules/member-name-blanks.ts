import { memberView } from '../cluster/membership';
import { valueSubspan } from '../model/configDocument';
import type { Rule } from './rule';
import { replaceValue, spelled } from '../dialects';

/** etcd splits ETCD_INITIAL_CLUSTER at commas without trimming names: `a=…, b=…` declares a member named ` b`. */
export const memberNameBlanks: Rule = {
	id: 'member-name-blanks',
	severity: 'error',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		const blanked = members.filter(m => m.name !== m.name.trim());
		if (!cluster || blanked.length === 0) return [];
		// An entry without `=` stays without it: trimming must not turn it into something else.
		const trimmed = members.map(m => (m.nameTo === m.urlFrom ? m.name.trim() : `${m.name.trim()}=${m.url}`)).join(',');
		const fix = { title: ctx.msg['member-name-blanks'].fix(cluster.key), preferred: true, safe: true, changes: [replaceValue(doc, cluster, trimmed)] };
		return blanked.map(member => ({
			span: valueSubspan(cluster, member.nameFrom, member.nameTo),
			message: ctx.msg['member-name-blanks'].message(member.name, spelled('name', cluster)),
			fixes: [fix],
		}));
	},
};
