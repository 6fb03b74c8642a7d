import { memberView, urlList } from '../cluster/membership';
import { isIpLiteral, parseEtcdUrl, parseInitialCluster, type ClusterMember } from '../etcd/urls';
import { valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import type { Fix, Rule, TextChange } from './rule';
import { addSetting, pieceChange, replaceValue } from '../dialects';

/**
 * This member's entries in ETCD_INITIAL_CLUSTER must equal its advertised peer URLs as a set. etcd compares
 * the strings and, where host names are involved, asks DNS; `localhost` is never resolved.
 */
export const advertisePeerMismatch: Rule = {
	id: 'advertise-peer-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const { name, cluster, members } = memberView(doc);
		const own = members.filter(m => m.name === name?.value);
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.target);
		// An entry without a URL (`pg1` alone) is invalid-url's to report: there is nothing to compare or align.
		if (!name || !cluster || own.length === 0 || own.some(m => m.url === '') || advertised.templated) return [];
		const listed = new Set(own.map(m => m.url));
		const told = new Set(advertised.pieces.map(p => p.text));
		if (listed.size === told.size && [...listed].every(url => told.has(url))) return [];
		const shown = (urls: Set<string>) => [...urls].join(', ');
		const msg = ctx.msg['advertise-peer-mismatch'];
		const message = msg.message(name.value, shown(told), !advertised.setting, shown(listed), cluster.key);
		const resolvable = [...listed, ...told].some(url => { const host = parseEtcdUrl(url, ctx.target).url?.host ?? ''; return host !== 'localhost' && !isIpLiteral(host); });
		const fixes: Fix[] = [];
		const clusterUrls = [...listed].join(',');
		const added = advertised.setting ? undefined : addSetting(doc, cluster, 'initial-advertise-peer-urls', clusterUrls);
		if (advertised.setting) fixes.push({ title: msg.advertiseListed(clusterUrls, cluster.key), preferred: true, changes: [replaceValue(doc, advertised.setting, clusterUrls)] });
		if (added) fixes.push({ title: msg.addAdvertise(added.text), preferred: true, changes: [added.change] });
		fixes.push({ title: msg.listAdvertised(name.value, [...told].join(','), cluster.key), changes: [listChange(doc, cluster, own, [...told], name.value)] });
		return [{
			span: advertised.setting?.valueSpan ?? valueSubspan(cluster, own[0].urlFrom, own[0].urlTo),
			message: resolvable ? message + msg.dns : message,
			severity: resolvable ? 'warning' : undefined,
			fixes,
			related: own.map(m => ({ span: valueSubspan(cluster, m.urlFrom, m.urlTo), message: msg.related(name.value, cluster.key) })),
		}];
	},
};

/** One entry and one URL: replace just that URL; otherwise rewrite this member's entries in place of the first. */
function listChange(doc: ConfigDocument, cluster: Setting, own: readonly ClusterMember[], urls: readonly string[], name: string): TextChange {
	if (own.length === 1 && urls.length === 1) return pieceChange(doc, cluster, own[0].urlFrom, own[0].urlTo, urls[0]);
	const entries: string[] = [];
	for (const member of parseInitialCluster(cluster.value)) {
		if (member.name !== name) entries.push(`${member.name}=${member.url}`);
		else if (member === own[0] || member.nameFrom === own[0].nameFrom) entries.push(...urls.map(url => `${name}=${url}`));
	}
	return replaceValue(doc, cluster, entries.join(','));
}
