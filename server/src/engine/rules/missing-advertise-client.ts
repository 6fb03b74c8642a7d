import { isSet, urlList } from '../cluster/membership';
import { isLoopback, isWildcard, parseEtcdUrl } from '../etcd/urls';
import { effectiveSetting, effectiveValue } from '../dialects/effective';
import type { Fix, Rule } from './rule';
import { addSetting, documentInput, isGiven, spelled } from '../dialects';

/**
 * With flags or variables, setting the client listen URLs drops the advertise default, and etcd then
 * refuses to start without ETCD_ADVERTISE_CLIENT_URLS. 3.4 and 3.5 skip the check when the process may turn
 * into a v2 proxy (proxy on, or v2 discovery with its default fallback `proxy`).
 */
export const missingAdvertiseClient: Rule = {
	id: 'missing-advertise-client',
	severity: 'error',
	check(doc, ctx) {
		// A YAML config keeps the advertise default, so only flags and variables end in a refusal.
		if (documentInput(doc) === 'config-file') return [];
		const listen = effectiveSetting(doc, 'listen-client-urls');
		// An empty --advertise-client-urls= keeps the default but counts as given (v3.4.45:pkg/flags/unique_urls.go:41).
		const advertise = effectiveSetting(doc, 'advertise-client-urls');
		if (!listen || listen.value === '' || (advertise && isGiven(advertise))) return [];
		if (ctx.version === '3.4' || ctx.version === '3.5') {
			const proxy = effectiveValue(doc, 'proxy');
			const fallback = effectiveValue(doc, 'discovery-fallback') || 'proxy';
			if ((proxy && proxy !== 'off') || (isSet(doc, 'discovery') && fallback === 'proxy')) return [];
		}
		const hosts = urlList(doc, 'listen-client-urls', ctx.target).pieces
			.map(p => parseEtcdUrl(p.text, ctx.target))
			.filter(u => u.ok && !isWildcard(u.url.host) && !isLoopback(u.url.host))
			.map(u => `${u.url!.scheme}://${u.url!.host.includes(':') ? `[${u.url!.host}]` : u.url!.host}:${u.url!.port}`);
		const added = hosts.length === 0 ? undefined : addSetting(doc, listen, 'advertise-client-urls', hosts.join(','));
		const fixes: Fix[] = added ? [{ title: ctx.msg['missing-advertise-client'].add(added.text), preferred: true, changes: [added.change] }] : [];
		return [{
			span: listen.keySpan,
			message: ctx.msg['missing-advertise-client'].message(listen.key, spelled('advertise-client-urls', listen)),
			fixes,
		}];
	},
};
