import { foundingFiles } from '../cluster/joining';
import { describeFiles, isOddOneOut, memberFacts, type MemberFacts } from '../cluster/members';
import { firstOf, perCluster, tally } from '../cluster/perCluster';
import { replaceValue } from '../dialects';
import { listedOf, someRelated } from './related';
import type { Fix, Rule, TextChange } from './rule';

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
		const ownList = own.list;
		const key = (f: MemberFacts) => f.pairs!.join(',');
		// A member added later that still says new lists the founders and itself: join-state-new's finding.
		const founders = perCluster(doc, ctx.siblings, 'founders by list', members => tally(foundingFiles(members), key));
		if (!founders.items.includes(own)) return [];
		const ownKey = key(own);
		if (!isOddOneOut(ownKey, founders.counts)) return [];
		const differs = (f: MemberFacts) => key(f) !== ownKey;
		const total = founders.items.length - founders.counts.get(ownKey)!;
		const differing = firstOf(founders.items, Math.max(4, listedOf(total)), differs);
		const reference = differing[0];
		const msg = ctx.msg['cluster-list-mismatch'];
		const parts = differences(own.pairs, reference.pairs!, msg).filter(p => p !== '');
		return [{
			span: ownList.valueSpan,
			message: msg.message(parts.join(ctx.msg.and), describeFiles(differing, ctx.msg, total), ownList.key),
			...someRelated(total, differing, f => ({ doc: f.doc, span: f.list!.valueSpan, message: ctx.msg.theirList(f.memberName) })),
			fixes: [
				{ title: msg.useTheirs(describeFiles(differing, ctx.msg, total)), preferred: true, changes: [listChange(own, reference.list!.value)] },
				// An edit of every other member: worked out only when it is asked for (thousands of members, thousands of edits).
				{ title: msg.useOurs(ownList.key), get changes() { return founders.items.filter(differs).map(f => listChange(f, ownList.value)); } },
			] satisfies Fix[],
		}];
	},
};

function listChange(facts: MemberFacts, value: string): TextChange {
	return { ...replaceValue(facts.doc, facts.list!, value), doc: facts.doc };
}

/**
 * What this list has and the reference lacks, in words. An entry that differs only by blanks or letter case would
 * read the same on both sides of the sentence: it is named by what differs, not shown twice.
 */
function differences(own: readonly string[], reference: readonly string[], msg: { lists(e: string): string; lacks(e: string): string; blanks(e: string): string; letterCase(e: string): string }): string[] {
	const ownSet = new Set(own);
	const referenceSet = new Set(reference);
	const missing = reference.filter(p => !ownSet.has(p));
	const extra = own.filter(p => !referenceSet.has(p));
	const unblanked = (p: string) => p.replace(/\s/g, '');
	const missingUnblanked = new Set(missing.map(unblanked));
	const missingLower = new Set(missing.map(m => m.toLowerCase()));
	const blanked = extra.filter(p => missingUnblanked.has(unblanked(p)));
	const cased = extra.filter(p => !missingUnblanked.has(unblanked(p)) && missingLower.has(p.toLowerCase()));
	const explained = new Set([...blanked, ...cased].map(p => unblanked(p).toLowerCase()));
	const rest = extra.filter(p => !blanked.includes(p) && !cased.includes(p));
	const lacking = missing.filter(m => !explained.has(unblanked(m).toLowerCase()));
	return [
		blanked.length > 0 ? msg.blanks(blanked.map(unblanked).join(', ')) : '',
		cased.length > 0 ? msg.letterCase(cased.join(', ')) : '',
		rest.length > 0 ? msg.lists(rest.join(', ')) : '',
		lacking.length > 0 ? msg.lacks(lacking.join(', ')) : '',
	];
}
