import { memberFacts } from '../cluster/members';
import { effectiveSetting } from '../dialects/effective';
import { perCluster } from '../cluster/perCluster';
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
		// Once per cluster: whether any member founds it (this one does not, or the rule has nothing to say).
		if (own.founding || !perCluster(doc, ctx.siblings, 'has a founder', members => members.some(d => memberFacts(d).founding))) return [];
		const state = effectiveSetting(doc, 'initial-cluster-state');
		return [{
			span: state!.valueSpan,
			message: ctx.msg['mixed-state'].message,
		}];
	},
};
