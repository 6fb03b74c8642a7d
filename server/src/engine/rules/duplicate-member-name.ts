import { memberFacts } from '../cluster/members';
import type { Rule } from './rule';

/** Two member files with one name: etcd merges them into one member, and one of them cannot start. */
export const duplicateMemberName: Rule = {
	id: 'duplicate-member-name',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		if (!own.name || own.name.value === '') return [];
		const twins = ctx.siblings.map(memberFacts).filter(f => f.name?.value === own.name!.value);
		if (twins.length === 0) return [];
		return [{
			span: own.name.valueSpan,
			message: ctx.msg['duplicate-member-name'].message(own.name.value),
			related: twins.map(f => ({ doc: f.doc, span: f.name!.valueSpan, message: ctx.msg['duplicate-member-name'].related(own.name!.value) })),
		}];
	},
};
