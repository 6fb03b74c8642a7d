import { ConfigDocument } from '../model/configDocument';
import { memberFacts, type MemberFacts } from '../cluster/members';
import { firstOf, perCluster } from '../cluster/perCluster';
import { listedOf, someRelated } from './related';
import type { Rule } from './rule';

/** Two member files with one name: etcd merges them into one member, and one of them cannot start. */
export const duplicateMemberName: Rule = {
	id: 'duplicate-member-name',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		const name = own.name?.value;
		if (!name) return [];
		const named = perCluster(doc, ctx.siblings, 'members by name', byName).get(name) ?? [];
		const total = named.length - 1;
		if (total <= 0) return [];
		const twins = firstOf(named, listedOf(total), f => f !== own);
		return [{
			span: own.name!.valueSpan,
			message: ctx.msg['duplicate-member-name'].message(name),
			...someRelated(total, twins, f => ({ doc: f.doc, span: f.name!.valueSpan, message: ctx.msg['duplicate-member-name'].related(name) })),
		}];
	},
};

function byName(members: readonly ConfigDocument[]): Map<string, MemberFacts[]> {
	const found = new Map<string, MemberFacts[]>();
	for (const facts of members.map(memberFacts)) {
		const name = facts.name?.value;
		if (!name) continue;
		const list = found.get(name);
		if (list) list.push(facts); else found.set(name, [facts]);
	}
	return found;
}
