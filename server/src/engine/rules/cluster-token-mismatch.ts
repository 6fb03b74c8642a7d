import { describeFiles, isOddOneOut, memberFacts, type MemberFacts } from '../cluster/members';
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
		if (!own.founding || own.token === undefined || !own.pairs) return [];
		const others = ctx.siblings.map(memberFacts).filter(f => f.founding && f.token !== undefined);
		if (!isOddOneOut(own, [own, ...others], f => f.token!)) return [];
		const differing = others.filter(f => f.token !== own.token);
		const msg = ctx.msg['cluster-token-mismatch'];
		return [{
			span: own.tokenSetting?.valueSpan ?? own.list!.keySpan,
			message: msg.message(own.token, describeFiles(differing, ctx.msg.and), differing.length, differing[0].token!),
			related: differing.map(f => ({ doc: f.doc, span: f.tokenSetting?.valueSpan ?? f.list?.keySpan ?? { start: 0, end: 0 }, message: msg.related(f.memberName, f.token!) })),
			fixes: [
				{ title: msg.useTheirs(differing[0].token!, describeFiles(differing, ctx.msg.and)), preferred: true, changes: tokenChange(own, differing[0].token!) },
				{ title: msg.useOurs(own.token), changes: differing.flatMap(f => tokenChange(f, own.token!)) },
			] satisfies Fix[],
		}];
	},
};

function tokenChange(facts: MemberFacts, token: string): TextChange[] {
	const change = facts.tokenSetting
		? replaceValue(facts.doc, facts.tokenSetting, token)
		: addSetting(facts.doc, facts.list!, 'initial-cluster-token', token)?.change;
	return change ? [{ ...change, doc: facts.doc }] : [];
}
