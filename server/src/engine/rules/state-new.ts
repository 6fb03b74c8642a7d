import { replaceValue } from '../edits';
import { effectiveSetting } from '../model';
import type { Rule } from './rule';

/**
 * `new` is right for the founding start and harmless on restarts (etcd ignores the setting once the data
 * directory holds a WAL). It matters when a member's data is lost or a member joins later: then it must be
 * `existing`. A reminder, not a problem.
 */
export const stateNew: Rule = {
	id: 'state-new',
	severity: 'information',
	check(doc) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		if (!state || state.value !== 'new') return [];
		return [{
			span: state.valueSpan,
			message: 'new founds a cluster on this member\'s first start; once the cluster runs, a member that joins or has lost its data directory needs existing.',
			fixes: [{ title: 'Switch to existing', changes: [replaceValue(doc.text, state, 'existing')] }],
		}];
	},
};
