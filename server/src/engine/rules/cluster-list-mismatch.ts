import { describeFiles, isOddOneOut, memberFacts, type MemberFacts } from '../cluster/members';
import { replaceValue } from '../edits';
import type { Rule, TextChange } from './rule';

/**
 * I2, I5: founding members must list the same members with the same peer URLs (the order does not matter);
 * otherwise they compute different IDs for each other and the cluster never forms.
 */
export const clusterListMismatch: Rule = {
	id: 'cluster-list-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		if (!own.founding || !own.pairs || !own.list) return [];
		const others = ctx.siblings.map(memberFacts).filter(f => f.founding && f.pairs);
		const key = (f: MemberFacts) => f.pairs!.join(',');
		if (!isOddOneOut(own, [own, ...others], key)) return [];
		const differing = others.filter(f => key(f) !== key(own));
		const reference = differing[0];
		const missing = reference.pairs!.filter(p => !own.pairs!.includes(p));
		const extra = own.pairs.filter(p => !reference.pairs!.includes(p));
		const parts = [extra.length > 0 ? `lists ${extra.join(', ')}` : '', missing.length > 0 ? `lacks ${missing.join(', ')}` : ''].filter(p => p !== '');
		return [{
			span: own.list.valueSpan,
			message: `This ETCD_INITIAL_CLUSTER ${parts.join(' and ')}, unlike ${describeFiles(differing)}'s: founding members must list the same members at the same peer URLs, or they never form one cluster.`,
			related: differing.map(f => ({ doc: f.doc, span: f.list!.valueSpan, message: `${f.name?.value ?? 'another member'}'s list` })),
			fixes: [
				{ title: `Use the list of ${describeFiles(differing)} here`, preferred: true, changes: [listChange(own, reference.list!.value)] },
				{ title: 'Use this file\'s ETCD_INITIAL_CLUSTER in every member', changes: differing.map(f => listChange(f, own.list!.value)) },
			],
		}];
	},
};

function listChange(facts: MemberFacts, value: string): TextChange {
	return { ...replaceValue(facts.doc.text, facts.list!, value), doc: facts.doc };
}
