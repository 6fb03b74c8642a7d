import { isSet, urlList } from '../cluster/membership';
import { isLoopback, isWildcard, parseEtcdUrl } from '../etcd/urls';
import { effectiveSetting, effectiveValue } from '../dialects/effective';
import type { Fix, Rule } from './rule';
import { closest } from '../text/suggest';
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
		const msg = ctx.msg['missing-advertise-client'];
		const fixes: Fix[] = added ? [{ title: msg.add(added.text), preferred: true, changes: [added.change] }] : [];
		const advertiseKey = spelled('advertise-client-urls', listen);
		// A misspelt advertise setting is the cause: the finding sits there, and its rename comes first.
		const misspelt = doc.settings.find(s => !s.option && s.value !== '' && closest(s.key, [spelled('advertise-client-urls', s)]).length > 0);
		if (misspelt) {
			const rename = { title: msg.rename(spelled('advertise-client-urls', misspelt)), preferred: true, changes: [{ span: misspelt.keySpan, newText: spelled('advertise-client-urls', misspelt) }] };
			return [{ span: misspelt.keySpan, message: msg.misspelt(misspelt.key, advertiseKey, listen.key), fixes: [rename], explains: misspelt.keySpan }];
		}
		return [{ span: listen.keySpan, message: msg.message(listen.key, advertiseKey), fixes }];
	},
};
