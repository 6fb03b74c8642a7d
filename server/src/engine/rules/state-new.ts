import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/**
 * `new` is right for the founding start and harmless on restarts (etcd ignores the setting once the data
 * directory holds a WAL). It matters when a member's data is lost or a member joins later: then it must be
 * `existing`. A reminder, not a problem.
 */
export const stateNew: Rule = {
	id: 'state-new',
	severity: 'information',
	check(doc, ctx) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		if (!state || state.value !== 'new') return [];
		return [{
			span: state.valueSpan,
			message: ctx.msg['state-new'].message,
			fixes: [{ title: ctx.msg['state-new'].switch, changes: [replaceValue(doc, state, 'existing')] }],
		}];
	},
};
