import { memberView, urlList } from '../cluster/membership';
import { valueSubspan } from '../model/configDocument';
import type { Fix, Rule } from './rule';
import { documentInput, isGiven, replaceValue } from '../dialects';
import { effectiveSetting } from '../dialects/effective';

/** A founding member must find its own name in the cluster list, or etcd refuses to start. */
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
		// A config file without a name is member `default` (no launcher sets one there).
		if (!name && cluster && documentInput(doc) === 'config-file' && !effectiveSetting(doc, 'name') && !members.some(m => m.name === 'default')) {
			const listed = [...new Set(members.map(m => m.name))].map(n => `'${n}'`).join(', ');
			return [{ span: cluster.valueSpan, message: ctx.msg['name-not-in-cluster'].message('name', 'default', listed, cluster.key) }];
		}
		if (!name || !cluster || members.some(m => m.name === name.value)) return [];
		const blanked = members.find(m => m.name.trim() === name.value);
		const listed = [...new Set(members.map(m => m.name))].map(n => `'${n}'`).join(', ');
		const msg = ctx.msg['name-not-in-cluster'];
		const message = blanked ? msg.blanks(blanked.name, name.value, cluster.key) : msg.message(name.key, name.value, listed, cluster.key);
		const fixes: Fix[] = [];
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.target);
		// Only a name that can stand in the list as one entry: `=`, `,`, blanks or quotes would break it apart.
		if (!blanked && !advertised.templated && advertised.pieces.length > 0 && /^[^\s,="']+$/.test(name.value)) {
			const entries = advertised.pieces.map(p => `${name.value}=${p.text}`).join(',');
			fixes.push({ title: msg.add(name.value, cluster.key), preferred: true, changes: [replaceValue(doc, cluster, `${cluster.value},${entries}`)] });
		}
		return [{
			span: name.valueSpan,
			message,
			fixes,
			related: [{ span: blanked ? valueSubspan(cluster, blanked.nameFrom, blanked.nameTo) : cluster.valueSpan, message: msg.related }],
		}];
	},
};

