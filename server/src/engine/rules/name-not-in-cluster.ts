import { memberView, urlList } from '../cluster/membership';
import type { Fix, Rule } from './rule';
import { literalExpansion } from './shared/literalExpansion';
import { isGiven, replaceValue } from '../dialects';
import { effectiveSetting } from '../dialects/effective';

/**
 * A founding member must find its own name in the cluster list, or etcd refuses to start. A name the list holds
 * with blanks around it is member-name-blanks' finding, on the list where the mistake is; a file that names no
 * member is missing-name's.
 */
export const nameNotInCluster: Rule = {
	id: 'name-not-in-cluster',
	severity: 'error',
	check(doc, ctx) {
		const { name, cluster, members } = memberView(doc);
		const empty = effectiveSetting(doc, 'initial-cluster');
		// An empty --initial-cluster= or YAML "" is a list of no member (an empty variable is unset).
		if (!cluster && empty && empty.value === '' && isGiven(empty) && !(empty.yaml?.kind === 'scalar' && empty.yaml.type === 'null')) {
			return [{ span: empty.valueSpan, message: ctx.msg['name-not-in-cluster'].empty(empty.key, name?.value ?? 'default') }];
		}
		if (!name || !cluster || members.some(m => m.name.trim() === name.value)) return [];
		const listed = [...new Set(members.map(m => m.name))].map(n => `'${n}'`).join(', ');
		const msg = ctx.msg['name-not-in-cluster'];
		// %H or ${HOSTNAME} that nothing expanded: the member is literally called so.
		const unexpanded = literalExpansion(name.value);
		const message = msg.message(name.key, name.value, listed, cluster.key) + (unexpanded ? ` ${ctx.msg['url-diagnosis'].notExpanded(unexpanded)}` : '');
		const fixes: Fix[] = [];
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.target);
		// Only a name that can stand in the list as one entry: `=`, `,`, blanks or quotes would break it apart.
		if (!advertised.templated && advertised.pieces.length > 0 && /^[^\s,="']+$/.test(name.value)) {
			const entries = advertised.pieces.map(p => `${name.value}=${p.text}`).join(',');
			fixes.push({ title: msg.add(name.value, cluster.key), preferred: true, changes: [replaceValue(doc, cluster, `${cluster.value},${entries}`)] });
		}
		return [{
			span: name.valueSpan,
			message,
			fixes,
			related: [{ span: cluster.valueSpan, message: msg.related }],
		}];
	},
};
