import { spelled } from './shared/keyChecks';
import { isSet, urlList } from '../cluster/membership';
import { isLoopback, isWildcard, parseEtcdUrl } from '../etcd/urls';
import { insertLinesAfter } from '../dialects/edits';
import { effectiveSetting, effectiveValue } from '../model/configDocument';
import type { Fix, Rule } from './rule';

/**
 * B6: with flags or variables, setting the client listen URLs drops the advertise default, and etcd then
 * refuses to start without ETCD_ADVERTISE_CLIENT_URLS. 3.4 and 3.5 skip the check when the process may turn
 * into a v2 proxy (proxy on, or v2 discovery with its default fallback `proxy`).
 */
export const missingAdvertiseClient: Rule = {
	id: 'missing-advertise-client',
	severity: 'error',
	check(doc, ctx) {
		// A YAML config keeps the advertise default (README §6), so only flags and variables end in a refusal.
		if (doc.format === 'yaml') return [];
		const listen = effectiveSetting(doc, 'listen-client-urls');
		if (!listen || listen.value === '' || isSet(doc, 'advertise-client-urls')) return [];
		if (ctx.version === '3.4' || ctx.version === '3.5') {
			const proxy = effectiveValue(doc, 'proxy');
			const fallback = effectiveValue(doc, 'discovery-fallback') || 'proxy';
			if ((proxy && proxy !== 'off') || (isSet(doc, 'discovery') && fallback === 'proxy')) return [];
		}
		const hosts = urlList(doc, 'listen-client-urls', ctx.version).pieces
			.map(p => parseEtcdUrl(p.text, ctx.version))
			.filter(u => u.ok && !isWildcard(u.url.host) && !isLoopback(u.url.host))
			.map(u => `${u.url!.scheme}://${u.url!.host.includes(':') ? `[${u.url!.host}]` : u.url!.host}:${u.url!.port}`);
		const fixes: Fix[] = hosts.length === 0 ? [] : [{
			title: ctx.msg['missing-advertise-client'].add(`ETCD_ADVERTISE_CLIENT_URLS="${hosts.join(',')}"`),
			preferred: true,
			changes: [insertLinesAfter(doc.text, listen.statementSpan, [`ETCD_ADVERTISE_CLIENT_URLS="${hosts.join(',')}"`])],
		}];
		return [{
			span: listen.keySpan,
			message: ctx.msg['missing-advertise-client'].message(listen.key, spelled('advertise-client-urls', listen)),
			fixes,
		}];
	},
};
