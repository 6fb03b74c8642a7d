import { memberView, urlList } from '../cluster/membership';
import { canonicalIp, isIpLiteral, parseEtcdUrl, parseInitialCluster, splitHostPort } from '../etcd/urls';
import { behaviourSince } from '../etcd/patchFacts';
import { holds, type Target } from '../etcd/versions';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import type { Fix, Problem, Rule } from './rule';
import { memberEntriesChange } from './shared/memberEntries';
import { effectiveSetting } from '../dialects/effective';
import { isSet } from '../cluster/membership';
import { atVersion, optionByName } from '../etcd/options';
import { addSetting, documentInput, replaceValue, spelled } from '../dialects';

/**
 * This member's entries in ETCD_INITIAL_CLUSTER must equal its advertised peer URLs as a set. etcd compares the
 * parsed URLs (scheme in lower case; 3.7 only scheme, host and path, IP literals in canonical form) and, when they
 * differ, resolves every host but `localhost` and compares again: from 3.4.24 and 3.5.8 an IP literal then reads in
 * its canonical form with a numeric port (v3.5.33:pkg/netutil/netutil.go:174); host names need DNS (a warning).
 */
export const advertisePeerMismatch: Rule = {
	id: 'advertise-peer-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const byDefault = defaultClusterProblem(doc, ctx);
		if (byDefault) return [byDefault];
		const view = memberView(doc);
		const { cluster, members } = view;
		// Without a name, the member its advertised peer URL identifies: the checks run for that one.
		const name = view.name?.value ?? view.implied;
		const own = members.filter(m => m.name === name);
		const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.target);
		// An entry without a URL (`pg1` alone) is invalid-url's to report: there is nothing to compare or align.
		if (!name || !cluster || own.length === 0 || own.some(m => m.url === '') || advertised.templated) return [];
		// A URL etcd refuses outright (http://${HOST_IP}:2380 in a file systemd reads) is invalid-url's: nothing to compare.
		if (advertised.pieces.some(p => !parseEtcdUrl(p.text, ctx.target).ok)) return [];
		const listed = new Set(own.map(m => m.url));
		const told = new Set(advertised.pieces.map(p => p.text));
		const same = (resolved: boolean) => {
			const [a, b] = [listed, told].map(urls => new Set([...urls].map(url => peerKey(url, ctx.target, resolved))));
			return a.size === b.size && [...a].every(key => b.has(key));
		};
		if (same(false) || (holds(behaviourSince.advertiseIpsNormalised, ctx.target) && same(true))) return [];
		const shown = (urls: Set<string>) => [...urls].join(', ');
		const msg = ctx.msg['advertise-peer-mismatch'];
		const message = msg.message(name, shown(told), !advertised.setting, shown(listed), cluster.key);
		const resolvable = [...listed, ...told].some(url => { const host = parseEtcdUrl(url, ctx.target).url?.host ?? ''; return host !== 'localhost' && !isIpLiteral(host); });
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
			// The advertised URL's other findings (no listener serves it, the other members list another) follow from it.
			explains: advertised.setting?.valueSpan,
			related: own.map(m => ({ span: valueSubspan(cluster, m.urlFrom, m.urlTo), message: msg.related(name, cluster.key) })),
		}];
	},
};

/** A peer URL as etcd compares it; `resolved`: after its second look, with IP literals and ports canonical. */
function peerKey(url: string, target: Target, resolved: boolean): string {
	const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:([^@/?#]*)@)?([^/?#]*)(.*)$/.exec(url);
	if (!match) return url;
	const [, scheme, user, authority, rest] = match;
	const { host, port } = splitHostPort(authority);
	const ip = canonicalIp(host);
	const bracketed = (text: string) => text.includes(':') ? `[${text}]` : text;
	if (target.minor === '3.7' && !resolved) {
		const path = /^[^?#]*/.exec(rest)![0];
		return `${scheme.toLowerCase()}://${ip ? bracketed(ip) : host}${port === undefined || port === '' ? '' : `:${port}`}${path}`;
	}
	const hostPort = resolved && ip && port !== undefined && /^\d+$/.test(port) ? `${bracketed(ip)}:${Number(port)}` : authority;
	return `${scheme.toLowerCase()}://${user === undefined ? '' : `${user}@`}${hostPort}${rest}`;
}

/**
 * No cluster list and the name left at `default`: nothing is derived from the advertised URLs, and etcd keeps its
 * built-in list `default=http://localhost:2380` (v3.5.33:server/embed/config.go:976), which advertised peer URLs of
 * their own then miss.
 */
function defaultClusterProblem(doc: ConfigDocument, ctx: Parameters<Rule['check']>[1]): Problem | undefined {
	const name = effectiveSetting(doc, 'name');
	const named = name ? name.value : documentInput(doc) === 'config-file' ? 'default' : undefined;
	if (named !== 'default' || effectiveSetting(doc, 'initial-cluster') || ['discovery', 'discovery-srv', 'discovery-srv-name', 'discovery-endpoints'].some(n => isSet(doc, n))) return undefined;
	const advertised = urlList(doc, 'initial-advertise-peer-urls', ctx.target);
	const listed = parseInitialCluster(atVersion(optionByName('initial-cluster')!.defaultValue, ctx.version) ?? '').map(m => m.url);
	if (!advertised.setting || advertised.templated) return undefined;
	const told = advertised.pieces.map(p => p.text);
	const keys = (urls: readonly string[]) => new Set(urls.map(url => peerKey(url, ctx.target, true)));
	const [a, b] = [keys(listed), keys(told)];
	if (a.size === b.size && [...a].every(key => b.has(key))) return undefined;
	const msg = ctx.msg['advertise-peer-mismatch'];
	return { span: advertised.setting.valueSpan, message: msg.message('default', told.join(', '), false, listed.join(', '), spelled('initial-cluster', advertised.setting)) };
}
