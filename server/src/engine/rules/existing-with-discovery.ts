import { isSet } from '../cluster/membership';
import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';
import { spelled } from '../dialects';

/**
 * A member joining a running cluster (`existing`) learns its peers from the list, never from discovery: etcd refuses
 * a v2 discovery URL then (v3.5.33:server/config/config.go:231), and v3 discovery endpoints (3.7 refuses them at the
 * same place; 3.6 lets them pass and then knows no other member to ask). DNS discovery (discovery-srv) supplies the
 * list itself, so whether that works depends on DNS and on the members.
 */
export const existingWithDiscovery: Rule = {
	id: 'existing-with-discovery',
	severity: 'error',
	check(doc, ctx) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		if (state?.value !== 'existing') return [];
		return ['discovery', 'discovery-endpoints'].filter(name => isSet(doc, name)).map(name => {
			const discovery = effectiveSetting(doc, name)!;
			return {
				span: discovery.keySpan,
				message: ctx.msg['existing-with-discovery'].message(discovery.key, state.key, spelled('initial-cluster', state)),
				related: [{ span: state.valueSpan, message: ctx.msg['existing-with-discovery'].related }],
			};
		});
	},
};
