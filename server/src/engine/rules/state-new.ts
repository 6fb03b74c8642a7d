import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/**
 * `new` is right for the founding start; etcd reads the state only while the data directory holds no WAL
 * (v3.5.33:server/etcdserver/server.go:359). Once the cluster has started the file should say `existing`: with
 * `new`, a member whose data is lost tries to found the cluster again. A reminder, shown until the user switches:
 * a hint, because `new` is right until that first start (a cluster the wizard just wrote, say), so it marks the value
 * without underlining it or filling the Problems panel; the light bulb and the hover carry the story.
 */
export const stateNew: Rule = {
	id: 'state-new',
	severity: 'hint',
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
