import { type ConfigDocument, type Setting } from '../../model/configDocument';
import { effectiveSetting } from '../../dialects/effective';
import { hasTemplate } from '../../parsers/templates';
import { urlList } from '../../cluster/membership';
import { atVersion, existsIn, type EtcdVersion } from '../../etcd/options';
import { targetOf, type Target } from '../../etcd/versions';
import { isLoopback, isWildcard, parseEtcdUrl, splitList, type EtcdUrl, type ListPiece } from '../../etcd/urls';
import { inputOf } from '../../dialects';
import { parseGoBool } from '../../parsers/goValues';

/*
 * Shared facts for the URL and TLS rules: which settings etcd reads, which side (peer or client) an option
 * belongs to, and edits that touch one piece of a comma list.
 */

export type Side = 'peer' | 'client';

/** The listen options of each side; metrics listeners use the client certificate. */
export const listenOptions: Readonly<Record<Side, readonly string[]>> = {
	peer: ['listen-peer-urls'],
	client: ['listen-client-urls', 'listen-client-http-urls', 'listen-metrics-urls'],
};

export const advertiseOption: Readonly<Record<Side, string>> = {
	peer: 'initial-advertise-peer-urls',
	client: 'advertise-client-urls',
};

/** The port a URL of this option usually has: etcd's defaults, and 2381 for metrics as kubeadm uses it. */
export function defaultPort(optionName: string): string | undefined {
	if (optionName === 'cors') return undefined;
	if (optionName === 'listen-metrics-urls') return '2381';
	return optionName.includes('peer') || optionName === 'initial-cluster' ? '2380' : '2379';
}

/** What etcd reads for an option: the setting that takes effect, and every flag besides (each one is parsed). */
export function liveSettings(doc: ConfigDocument, optionName: string): Setting[] {
	const last = effectiveSetting(doc, optionName);
	return doc.settings.filter(s => s.option?.name === optionName && (s === last || inputOf(s) === 'command-line') && s.value !== '');
}

/** Live settings of every URL-list option the version knows. */
export function urlListSettings(doc: ConfigDocument, version: EtcdVersion | Target): Setting[] {
	const minor = targetOf(version).minor;
	const names = new Set(doc.settings.map(s => s.option).filter(o => o && existsIn(o, minor) && atVersion(o.type, minor) === 'url-list').map(o => o?.name ?? ''));
	return [...names].flatMap(name => liveSettings(doc, name));
}

/** The trimmed pieces of a list that no template decides (empty pieces included). */
export function literalPieces(value: string): ListPiece[] {
	return splitList(value, true).filter(p => !hasTemplate(p.text));
}

/** Go's net.ParseIP: dotted IPv4 without leading zeros, or IPv6 without a zone. */
export function isGoIp(host: string): boolean {
	const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
	if (new RegExp(`^${octet}(\\.${octet}){3}$`).test(host)) return true;
	if (!/^[0-9A-Fa-f:.]+$/.test(host) || !host.includes(':')) return false;
	const halves = host.split('::');
	if (halves.length > 2) return false;
	const groups = halves.flatMap(h => h === '' ? [] : h.split(':'));
	const last = groups[groups.length - 1] ?? '';
	const v4 = last.includes('.') ? groups.pop() : undefined;
	if (v4 !== undefined && !isGoIp(v4)) return false;
	const count = groups.length + (v4 ? 2 : 0);
	return groups.every(g => /^[0-9A-Fa-f]{1,4}$/.test(g)) && (halves.length === 2 ? count < 8 : count === 8);
}

/** A URL with a new host, everything else as written. */
export function withHost(url: string, host: string): string {
	const bracketed = host.includes(':') ? `[${host}]` : host;
	return url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?)(\[[^\]]*\]|[^:/?#]*)/, (_, prefix: string) => prefix + bracketed);
}

/** Parsed literal URLs of a side's listen options (etcd's defaults where unset); `templated` when one is unknown. */
export function listenUrls(doc: ConfigDocument, side: Side, version: EtcdVersion | Target, names = listenOptions[side]): { urls: EtcdUrl[]; templated: boolean } {
	const lists = names.map(name => urlList(doc, name, version));
	const urls = lists.flatMap(list => list.pieces.map(p => parseEtcdUrl(p.text, version))).flatMap(p => p.ok ? [p.url] : []);
	return { urls, templated: lists.some(list => list.templated) };
}

/** The one concrete address this side listens on (not a wildcard, not loopback), if there is exactly one. */
export function concreteListenHost(doc: ConfigDocument, side: Side, version: EtcdVersion | Target): string | undefined {
	const { urls, templated } = listenUrls(doc, side, version, listenOptions[side].filter(n => n !== 'listen-metrics-urls'));
	const hosts = new Set(urls.filter(u => !u.scheme.startsWith('unix') && isGoIp(u.host) && !isWildcard(u.host) && !isLoopback(u.host)).map(u => u.host));
	return !templated && hosts.size === 1 ? [...hosts][0] : undefined;
}

export function isSecure(url: EtcdUrl): boolean {
	return url.scheme === 'https' || url.scheme === 'unixs';
}

/** Whether a side serves TLS: some listen URL is https/unixs; `unknown` when a template hides one. */
export function sideTls(doc: ConfigDocument, side: Side, version: EtcdVersion | Target): 'tls' | 'plain' | 'unknown' {
	const { urls, templated } = listenUrls(doc, side, version);
	if (urls.some(isSecure)) return 'tls';
	return templated ? 'unknown' : 'plain';
}

/** The TLS options of each side. */
export const tlsOptions = {
	client: { cert: 'cert-file', key: 'key-file', auto: 'auto-tls', certAuth: 'client-cert-auth', ca: 'trusted-ca-file' },
	peer: { cert: 'peer-cert-file', key: 'peer-key-file', auto: 'peer-auto-tls', certAuth: 'peer-client-cert-auth', ca: 'peer-trusted-ca-file' },
} as const;

/** The effective setting of an option when it holds something (etcd treats an empty value as unset). */
export function nonEmpty(doc: ConfigDocument, optionName: string): Setting | undefined {
	const setting = effectiveSetting(doc, optionName);
	return setting && setting.value !== '' ? setting : undefined;
}

/** A bool option set to a value ParseBool reads as true. */
export function isTrue(doc: ConfigDocument, optionName: string): boolean {
	const value = nonEmpty(doc, optionName)?.value;
	const parsed = value === undefined ? undefined : parseGoBool(value);
	return parsed?.ok === true && parsed.value;
}

export interface ListEntry {
	readonly setting: Setting;
	readonly piece: ListPiece;
	/** The parsed URL when etcd accepts it. */
	readonly url?: EtcdUrl;
}

/** The literal entries of the settings that set some options (defaults not included). */
export function entriesOf(doc: ConfigDocument, optionNames: readonly string[], version: EtcdVersion | Target): ListEntry[] {
	return optionNames.flatMap(name => liveSettings(doc, name)).flatMap(setting => literalPieces(setting.value).filter(p => p.text !== '').map(piece => {
		const parsed = parseEtcdUrl(piece.text, version);
		return { setting, piece, url: parsed.ok ? parsed.url : undefined };
	}));
}
