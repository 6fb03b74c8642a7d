import type { EtcdVersion } from './options';
import { behaviourSince } from './patchFacts';
import { holds, targetOf, type Target } from './versions';

/*
 * etcd's URL rules (types.NewURLs) and the initial-cluster grammar. Pieces carry their decoded index
 * ranges so features can map them back to the text.
 */

export interface ListPiece {
	readonly text: string;
	/** Decoded value indexes [from, to) of the trimmed piece. */
	readonly from: number;
	readonly to: number;
}

/**
 * Pure and asked for the same few values by many rules and many files: results are remembered (and frozen, so
 * no caller can change what another receives). The caches are emptied when they grow large.
 */
function memoised<A extends string, R>(compute: (key: A, flag: string) => R): (key: A, flag: string) => R {
	// One map per flag: the key is then the caller's own string, whose hash the engine has already computed.
	const caches = new Map<string, Map<string, R>>();
	return (key, flag) => {
		let cache = caches.get(flag);
		if (!cache) caches.set(flag, cache = new Map());
		let result = cache.get(key);
		if (result === undefined) {
			if (cache.size > 20_000) cache.clear();
			result = Object.freeze(compute(key, flag)) as R;
			cache.set(key, result);
		}
		return result;
	};
}

const splitListMemo = memoised((value: string, trim: string) => computeSplitList(value, trim === 't'));

/** Splits a comma list. URL lists trim each piece; string lists (cipher suites, log outputs) do not. */
export function splitList(value: string, trim: boolean): readonly ListPiece[] {
	return splitListMemo(value, trim ? 't' : 'f');
}

function computeSplitList(value: string, trim: boolean): ListPiece[] {
	const pieces: ListPiece[] = [];
	let from = 0;
	for (const raw of value.split(',')) {
		let start = from;
		let end = from + raw.length;
		if (trim) {
			while (start < end && isSpace(value.charCodeAt(start))) start++;
			while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
		}
		pieces.push({ text: value.slice(start, end), from: start, to: end });
		from += raw.length + 1;
	}
	return pieces;
}

/** The blanks Go's strings.TrimSpace removes (ASCII ones; URLs hold no others). */
function isSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13);
}

export interface EtcdUrl {
	readonly scheme: string;
	/** Host without brackets: `192.168.45.201`, `fe80::1`, `etcd1.example.com`. */
	readonly host: string;
	readonly port: string;
	readonly path: string;
}

export type UrlProblem = 'scheme' | 'host-port' | 'path' | 'host-character';

export type ParsedUrl = { readonly ok: true; readonly url: EtcdUrl } | { readonly ok: false; readonly problem: UrlProblem; readonly url?: EtcdUrl };

const allowedSchemes = ['http', 'https', 'unix', 'unixs'];
const urlShape = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/;

const parseEtcdUrlMemo = memoised((text: string, unix: string) => computeParsedUrl(text, unix === 'relaxed'));

/**
 * Checks one URL as etcd of the release does: an allowed scheme, `host:port`, and no path (a trailing `/` is a
 * path). A bare minor stands for its newest patch.
 */
export function parseEtcdUrl(text: string, at: EtcdVersion | Target): ParsedUrl {
	return parseEtcdUrlMemo(text, holds(behaviourSince.unixUrlsRelaxed, targetOf(at)) ? 'relaxed' : 'strict');
}

function computeParsedUrl(text: string, unixRelaxed: boolean): ParsedUrl {
	const match = urlShape.exec(text);
	if (!match) return { ok: false, problem: 'scheme' };
	const scheme = match[1].toLowerCase();
	const authority = match[2].replace(/^[^@]*@/, '');
	const { host, port } = splitHostPort(authority);
	const url: EtcdUrl = { scheme, host, port: port ?? '', path: match[3] };
	// Go's url.Parse refuses these before etcd looks at the scheme (blanks are reported apart, as blank hosts).
	if (hostFault(authority)?.trim()) return { ok: false, problem: 'host-character', url };
	if (!allowedSchemes.includes(scheme)) return { ok: false, problem: 'scheme', url };
	// 3.5.13 stopped applying the host:port and path rules to unix sockets.
	if (scheme.startsWith('unix') && unixRelaxed) return { ok: true, url };
	if (port === undefined || !/^[0-9]*$/.test(port)) return { ok: false, problem: 'host-port', url };
	if (url.path !== '') return { ok: false, problem: 'path', url };
	return { ok: true, url };
}

/**
 * What Go's url.Parse refuses in `host:port`: a character that a host name may not hold (`{`, `}`, `|`, `\`,
 * `^`, a backtick, a blank…), or a `%` escape that is not one of `%25` or `%80`–`%FF`. The offending text, or
 * undefined when the host passes. `${HOST_IP}` fails on its brace; `%H` is a broken escape; `$HOST_IP` passes.
 */
export function hostFault(hostPort: string): string | undefined {
	for (let i = 0; i < hostPort.length; i++) {
		const c = hostPort[i];
		if (c === '%') {
			const escape = hostPort.slice(i, i + 3);
			if (!/^%[0-9A-Fa-f]{2}$/.test(escape) || (parseInt(escape[1], 16) < 8 && escape !== '%25')) return escape;
			i += 2;
		} else if (c.charCodeAt(0) < 0x80 && !/[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(c)) {
			return c;
		}
	}
	return undefined;
}

/** Go's net.SplitHostPort: IPv6 needs brackets; a port must follow the last colon (no port: it fails). */
export function splitHostPort(authority: string): { host: string; port?: string } {
	if (authority.startsWith('[')) {
		const close = authority.indexOf(']');
		if (close < 0) return { host: authority };
		const rest = authority.slice(close + 1);
		return { host: authority.slice(1, close), port: rest.startsWith(':') ? rest.slice(1) : undefined };
	}
	const colon = authority.lastIndexOf(':');
	if (colon < 0 || authority.indexOf(':') !== colon) return { host: authority };
	return { host: authority.slice(0, colon), port: authority.slice(colon + 1) };
}

export function isIpLiteral(host: string): boolean {
	return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || (host.includes(':') && /^[0-9a-fA-F:.]+(%.+)?$/.test(host));
}

export function isLoopback(host: string): boolean {
	return host === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '::1';
}

export function isWildcard(host: string): boolean {
	return host === '0.0.0.0' || host === '::' || host === '';
}

export interface ClusterMember {
	/** Not trimmed: etcd keeps the blanks, so ` pg2` is a member of its own. */
	readonly name: string;
	readonly url: string;
	readonly nameFrom: number;
	readonly nameTo: number;
	readonly urlFrom: number;
	readonly urlTo: number;
}

/** `name=url,name=url`: empty pieces skipped, split at the first `=`, URLs trimmed, names not. */
export function parseInitialCluster(value: string): ClusterMember[] {
	const members: ClusterMember[] = [];
	for (const piece of splitList(value, false)) {
		if (piece.text === '') continue;
		const equals = piece.text.indexOf('=');
		const nameEnd = equals < 0 ? piece.text.length : equals;
		const url = splitList(equals < 0 ? '' : piece.text.slice(equals + 1), true)[0];
		const urlBase = piece.from + nameEnd + 1;
		members.push({
			name: piece.text.slice(0, nameEnd),
			url: url.text,
			nameFrom: piece.from,
			nameTo: piece.from + nameEnd,
			urlFrom: equals < 0 ? piece.to : urlBase + url.from,
			urlTo: equals < 0 ? piece.to : urlBase + url.to,
		});
	}
	return members;
}

/** Go's net.ParseIP followed by IP.String(): the canonical text of an IP literal, undefined for anything else. */
export function canonicalIp(host: string): string | undefined {
	const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	if (v4) return v4.slice(1).every(part => Number(part) <= 255 && !/^0\d/.test(part)) ? v4.slice(1).map(Number).join('.') : undefined;
	const groups = ipv6Groups(host);
	if (!groups) return undefined;
	if (groups.slice(0, 5).every(g => g === 0) && groups[5] === 0xffff) return `${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
	let best = { at: -1, length: 1 };
	for (let at = 0; at < 8; at++) {
		let length = 0;
		while (at + length < 8 && groups[at + length] === 0) length++;
		if (length > best.length) best = { at, length };
	}
	const hex = groups.map(g => g.toString(16));
	if (best.at < 0) return hex.join(':');
	return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}

/** The eight 16-bit groups of an IPv6 literal (a trailing dotted IPv4 counts as two), or undefined. */
function ipv6Groups(host: string): number[] | undefined {
	if (!/^[0-9A-Fa-f:.]+$/.test(host) || !host.includes(':')) return undefined;
	const halves = host.split('::');
	if (halves.length > 2) return undefined;
	const parse = (half: string): number[] | undefined => {
		if (half === '') return [];
		const parts = half.split(':');
		const last = parts[parts.length - 1];
		const tail = last.includes('.') ? canonicalIp(last) : undefined;
		if (last.includes('.') && (tail === undefined || tail.includes(':'))) return undefined;
		const words = (tail ? parts.slice(0, -1) : parts).map(p => /^[0-9A-Fa-f]{1,4}$/.test(p) ? parseInt(p, 16) : NaN);
		if (tail) words.push(...tail.split('.').map(Number).reduce((acc: number[], n, i) => (i % 2 ? acc[acc.length - 1] = acc[acc.length - 1] * 256 + n : acc.push(n), acc), []));
		return words.some(Number.isNaN) ? undefined : words;
	};
	const head = parse(halves[0]);
	const rest = halves.length === 2 ? parse(halves[1]) : [];
	if (!head || !rest) return undefined;
	const fill = 8 - head.length - rest.length;
	if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
	return [...head, ...Array<number>(halves.length === 2 ? fill : 0).fill(0), ...rest];
}
