import { memberFacts } from '../cluster/members';
import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';

/**
 * Some members say `new`, others `existing`. Right while a member is being added to a running cluster;
 * at the first bootstrap the `existing` ones wait for a cluster that never comes.
 */
export const mixedState: Rule = {
	id: 'mixed-state',
	severity: 'information',
	check(doc, ctx) {
		const own = memberFacts(doc);
		const others = ctx.siblings.map(memberFacts);
		if (own.founding || !others.some(f => f.founding)) return [];
		const state = effectiveSetting(doc, 'initial-cluster-state');
		return [{
			span: state!.valueSpan,
			message: ctx.msg['mixed-state'].message,
		}];
	},
};
