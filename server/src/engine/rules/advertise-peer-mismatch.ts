import { memberView, urlList } from '../cluster/membership';
import { isIpLiteral, parseEtcdUrl } from '../etcd/urls';
import { valueSubspan } from '../model/configDocument';
import type { Fix, Rule } from './rule';
import { memberEntriesChange } from './shared/memberEntries';
import { addSetting, replaceValue } from '../dialects';

/**
 * This member's entries in ETCD_INITIAL_CLUSTER must equal its advertised peer URLs as a set. etcd compares
 * the strings and, where host names are involved, asks DNS; `localhost` is never resolved.
 */
export const advertisePeerMismatch: Rule = {
	id: 'advertise-peer-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const view = memberView(doc);
		const { cluster, members } = view;
		// Without a name, the member its advertised peer URL identifies: the checks run for that one.
		const name = view.name?.value ?? view.implied;
		const own = members.filter(m => m.name === name);
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.version);
		// An entry without a URL (`pg1` alone) is invalid-url's to report: there is nothing to compare or align.
		if (!name || !cluster || own.length === 0 || own.some(m => m.url === '') || advertised.templated) return [];
		// A URL etcd refuses outright (http://${HOST_IP}:2380 in a file systemd reads) is invalid-url's: nothing to compare.
		if (advertised.pieces.some(p => !parseEtcdUrl(p.text, ctx.version).ok)) return [];
		const listed = new Set(own.map(m => m.url));
		const told = new Set(advertised.pieces.map(p => p.text));
		if (listed.size === told.size && [...listed].every(url => told.has(url))) return [];
		const shown = (urls: Set<string>) => [...urls].join(', ');
		const msg = ctx.msg['advertise-peer-mismatch'];
		const message = msg.message(name, shown(told), !advertised.setting, shown(listed), cluster.key);
		const resolvable = [...listed, ...told].some(url => { const host = parseEtcdUrl(url, ctx.version).url?.host ?? ''; return host !== 'localhost' && !isIpLiteral(host); });
		const fixes: Fix[] = [];
		const clusterUrls = [...listed].join(',');
		const added = advertised.setting ? undefined : addSetting(doc, cluster, 'initial-advertise-peer-urls', clusterUrls);
		if (advertised.setting) fixes.push({ title: msg.advertiseListed(clusterUrls, cluster.key), preferred: true, changes: [replaceValue(doc, advertised.setting, clusterUrls)] });
		if (added) fixes.push({ title: msg.addAdvertise(added.text), preferred: true, changes: [added.change] });
		fixes.push({ title: msg.listAdvertised(name, [...told].join(','), cluster.key), changes: [memberEntriesChange(doc, cluster, own, [...told], name)] });
		return [{
			span: advertised.setting?.valueSpan ?? valueSubspan(cluster, own[0].urlFrom, own[0].urlTo),
			message: resolvable ? message + msg.dns : message,
			severity: resolvable ? 'warning' : undefined,
			fixes,
			related: own.map(m => ({ span: valueSubspan(cluster, m.urlFrom, m.urlTo), message: msg.related(name, cluster.key) })),
		}];
	},
};
