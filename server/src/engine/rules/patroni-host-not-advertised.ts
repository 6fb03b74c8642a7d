import { advertisedClientUrls, memberUrls } from '../cluster/patroniCluster';
import type { Problem } from '../model/findings';
import type { PatroniRule } from './patroniRule';
import { checkedTargets } from './shared/patroniChecks';
import { advertisedHosts, writeHosts } from './shared/patroniHosts';

/**
 * An endpoint no member advertises as a client URL. The member may still listen there (another name or address of
 * its host, a wildcard listener, a load balancer): that depends on the world outside the files, so a warning.
 * Peer URLs and other schemes have rules of their own. The fix lists every member's advertised client URL.
 */
export const patroniHostNotAdvertised: PatroniRule = {
	id: 'patroni-host-not-advertised',
	severity: 'warning',
	check(doc, ctx) {
		if (ctx.members.length === 0) return [];
		const advertised = advertisedClientUrls(ctx.members);
		const peers = new Set(ctx.members.flatMap(member => [...memberUrls(member, 'initial-advertise-peer-urls', 'http://localhost:2380'), ...memberUrls(member, 'listen-peer-urls', 'http://localhost:2380')]).map(url => url.address));
		const msg = ctx.msg['patroni-host-not-advertised'];
		const hosts = advertisedHosts(ctx.members);
		const problems: Problem[] = [];
		for (const section of doc.sections) {
			const hostsField = section.fields.get('hosts');
			for (const target of checkedTargets(section)) {
				if (advertised.some(url => url.address === target.address) || peers.has(target.address)) continue;
				const fix = hostsField && target.field === hostsField && hosts && !section.fields.has('use_proxies')
					? [{ title: msg.write(hosts.join(', ')), changes: [writeHosts(doc, hostsField, hosts)], preferred: true }]
					: undefined;
				const shown = [...new Set(advertised.map(url => url.url))].join(', ');
				problems.push({ span: target.endpoint.span, message: msg.message(target.endpoint.text, shown) + (target.port === '2380' ? msg.peerPort : ''), fixes: fix });
			}
		}
		return problems;
	},
};
