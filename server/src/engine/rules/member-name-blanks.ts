import { memberView } from '../etcd/membership';
import { replaceValue } from '../edits';
import { valueSubspan } from '../model';
import type { Rule } from './rule';

/** etcd splits ETCD_INITIAL_CLUSTER at commas without trimming names: `a=…, b=…` declares a member named ` b`. */
export const memberNameBlanks: Rule = {
	id: 'member-name-blanks',
	severity: 'error',
	check(doc) {
		const { cluster, members } = memberView(doc);
		const blanked = members.filter(m => m.name !== m.name.trim());
		if (!cluster || blanked.length === 0) return [];
		// An entry without `=` stays without it: trimming must not turn it into something else.
		const trimmed = members.map(m => (m.nameTo === m.urlFrom ? m.name.trim() : `${m.name.trim()}=${m.url}`)).join(',');
		const fix = { title: 'Remove the blanks from ETCD_INITIAL_CLUSTER', preferred: true, safe: true, changes: [replaceValue(doc.text, cluster, trimmed)] };
		return blanked.map(member => ({
			span: valueSubspan(cluster, member.nameFrom, member.nameTo),
			message: `etcd keeps the blanks in member names, so this declares a member called '${member.name}', which no member's ETCD_NAME matches: the cluster cannot form. Remove the blanks after the commas.`,
			fixes: [fix],
		}));
	},
};
