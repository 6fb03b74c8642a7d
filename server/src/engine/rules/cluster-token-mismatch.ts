import { describeFiles, isOddOneOut, memberFacts, type MemberFacts } from '../cluster/members';
import { firstOf, perCluster, tally } from '../cluster/perCluster';
import { listedOf, someRelated } from './related';
import type { Fix, Rule, TextChange } from './rule';
import { addSetting, replaceValue } from '../dialects';

/**
 * Founding members derive member and cluster IDs from the token; members with different tokens compute
 * different IDs for each other, reject each other's messages and never elect a leader.
 */
export const clusterTokenMismatch: Rule = {
	id: 'cluster-token-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		const token = own.token;
		if (!own.founding || token === undefined || !own.pairs) return [];
		const founders = perCluster(doc, ctx.siblings, 'founders by token', members => tally(
			members.map(memberFacts).filter(f => f.founding && f.token !== undefined), f => f.token!));
		if (!isOddOneOut(token, founders.counts)) return [];
		const differs = (f: MemberFacts) => f.token !== token;
		const total = founders.items.length - founders.counts.get(token)!;
		const differing = firstOf(founders.items, Math.max(4, listedOf(total)), differs);
		const msg = ctx.msg['cluster-token-mismatch'];
		const theirs = differing[0].token!;
		// A token this file does not write (left out or empty: etcd's default) is no token to hand to the others.
		const written = own.tokenSetting !== undefined && own.tokenSetting.value !== '';
		const useTheirs: Fix = { title: msg.useTheirs(theirs, describeFiles(differing, ctx.msg, total)), preferred: true, changes: tokenChange(own, theirs) };
		return [{
			span: own.tokenSetting?.valueSpan ?? own.list!.keySpan,
			message: msg.message(token, describeFiles(differing, ctx.msg, total), total, theirs),
			...someRelated(total, differing, f => ({ doc: f.doc, span: f.tokenSetting?.valueSpan ?? f.list?.keySpan ?? { start: 0, end: 0 }, message: msg.related(f.memberName, f.token!) })),
			// The token's whole line: an empty or default token's own findings follow from it.
			explains: own.tokenSetting?.statementSpan,
			fixes: written ? [
				useTheirs,
				// An edit of every other member: worked out only when it is asked for (thousands of members, thousands of edits).
				{ title: msg.useOurs(token), get changes() { return founders.items.filter(differs).flatMap(f => tokenChange(f, token)); } },
			] satisfies Fix[] : [useTheirs],
		}];
	},
};

function tokenChange(facts: MemberFacts, token: string): TextChange[] {
	const change = facts.tokenSetting
		? replaceValue(facts.doc, facts.tokenSetting, token)
		: addSetting(facts.doc, facts.list!, 'initial-cluster-token', token)?.change;
	return change ? [{ ...change, doc: facts.doc }] : [];
}
