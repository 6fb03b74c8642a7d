import { describeFiles, isOddOneOut, memberFacts, type MemberFacts } from '../cluster/members';
import { foundingFiles } from '../cluster/joining';
import type { Rule, TextChange } from './rule';
import { replaceValue } from '../dialects';

/**
 * Founding members must list the same members with the same peer URLs (the order does not matter);
 * otherwise they compute different IDs for each other and the cluster never forms.
 */
export const clusterListMismatch: Rule = {
	id: 'cluster-list-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		if (!own.founding || !own.pairs || !own.list) return [];
		// A member added later that still says new lists the founders and itself: join-state-new's finding.
		const founders = foundingFiles([doc, ...ctx.siblings]);
		if (!founders.includes(own)) return [];
		const others = founders.filter(f => f !== own);
		const key = (f: MemberFacts) => f.pairs!.join(',');
		if (!isOddOneOut(own, [own, ...others], key)) return [];
		const differing = others.filter(f => key(f) !== key(own));
		const reference = differing[0];
		const missing = reference.pairs!.filter(p => !own.pairs!.includes(p));
		const extra = own.pairs.filter(p => !reference.pairs!.includes(p));
		const msg = ctx.msg['cluster-list-mismatch'];
		const parts = [extra.length > 0 ? msg.lists(extra.join(', ')) : '', missing.length > 0 ? msg.lacks(missing.join(', ')) : ''].filter(p => p !== '');
		return [{
			span: own.list.valueSpan,
			message: msg.message(parts.join(ctx.msg.and), describeFiles(differing, ctx.msg.and), own.list.key),
			related: differing.map(f => ({ doc: f.doc, span: f.list!.valueSpan, message: ctx.msg.theirList(f.memberName) })),
			fixes: [
				{ title: msg.useTheirs(describeFiles(differing, ctx.msg.and)), preferred: true, changes: [listChange(own, reference.list!.value)] },
				{ title: msg.useOurs(own.list.key), changes: differing.map(f => listChange(f, own.list!.value)) },
			],
		}];
	},
};

function listChange(facts: MemberFacts, value: string): TextChange {
	return { ...replaceValue(facts.doc, facts.list!, value), doc: facts.doc };
}
