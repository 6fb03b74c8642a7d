import { memberView, urlList } from '../cluster/membership';
import type { Fix, Rule } from './rule';
import { literalExpansion } from './shared/literalExpansion';
import { replaceValue } from '../dialects';

/**
 * A founding member must find its own name in the cluster list, or etcd refuses to start. A name the list holds
 * with blanks around it is member-name-blanks' finding, on the list where the mistake is.
 */
export const nameNotInCluster: Rule = {
	id: 'name-not-in-cluster',
	severity: 'error',
	check(doc, ctx) {
		const { name, cluster, members } = memberView(doc);
		if (!name || !cluster || members.some(m => m.name.trim() === name.value)) return [];
		const listed = [...new Set(members.map(m => m.name))].map(n => `'${n}'`).join(', ');
		const msg = ctx.msg['name-not-in-cluster'];
		// %H or ${HOSTNAME} that nothing expanded: the member is literally called so.
		const unexpanded = literalExpansion(name.value);
		const message = msg.message(name.key, name.value, listed, cluster.key) + (unexpanded ? ` ${ctx.msg['url-diagnosis'].notExpanded(unexpanded)}` : '');
		const fixes: Fix[] = [];
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.version);
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

