import { isSet } from '../cluster/membership';
import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';
import { spelled } from '../dialects';

/** A member joining a running cluster (`existing`) learns its peers from the list, never from discovery. */
export const existingWithDiscovery: Rule = {
	id: 'existing-with-discovery',
	severity: 'error',
	check(doc, ctx) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		if (state?.value !== 'existing') return [];
		return ['discovery', 'discovery-srv'].filter(name => isSet(doc, name)).map(name => {
			const discovery = effectiveSetting(doc, name)!;
			return {
				span: discovery.keySpan,
				message: ctx.msg['existing-with-discovery'].message(discovery.key, state.key, spelled('initial-cluster', state)),
				related: [{ span: state.valueSpan, message: ctx.msg['existing-with-discovery'].related }],
			};
		});
	},
};
