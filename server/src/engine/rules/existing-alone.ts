import { isSet, memberNames, memberView } from '../cluster/membership';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';

/**
 * A member started with initial-cluster-state=existing asks the other members of its cluster list for the cluster
 * (v3.5.33:server/etcdserver/server.go:422): a list with no other member (or none at all: etcd then lists only this
 * member) leaves nobody to ask, and the first start fails whatever the network does. Whether listed members answer
 * depends on them; discovery has its own rules.
 */
export const existingAlone: Rule = {
	id: 'existing-alone',
	severity: 'error',
	check(doc, ctx) {
		const state = effectiveSetting(doc, 'initial-cluster-state');
		const cluster = effectiveSetting(doc, 'initial-cluster');
		if (state?.value !== 'existing' || (cluster && hasTemplate(cluster.value))) return [];
		if (['discovery', 'discovery-srv', 'discovery-endpoints'].some(name => isSet(doc, name))) return [];
		const names = memberNames(memberView(doc).members);
		if (names.length > 1) return [];
		return [{ span: state.valueSpan, message: ctx.msg['existing-alone'].message(state.key, cluster?.value ? cluster.key : undefined) }];
	},
};
