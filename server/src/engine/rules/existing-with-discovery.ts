import { isSet } from '../etcd/membership';
import { effectiveSetting } from '../model';
import type { Rule } from './rule';

/** C8: a member joining a running cluster (`existing`) learns its peers from the list, never from discovery. */
export const existingWithDiscovery: Rule = {
	id: 'existing-with-discovery',
	severity: 'error',
	check(doc) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		if (state?.value !== 'existing') return [];
		return ['discovery', 'discovery-srv'].filter(name => isSet(doc, name)).map(name => {
			const discovery = effectiveSetting(doc, name)!;
			return {
				span: discovery.keySpan,
				message: `${discovery.key} is set while ETCD_INITIAL_CLUSTER_STATE is existing: etcd refuses to start; a joining member takes its peers from ETCD_INITIAL_CLUSTER, so remove the discovery setting.`,
				related: [{ span: state.valueSpan, message: 'the state' }],
			};
		});
	},
};
