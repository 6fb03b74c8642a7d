import { valueSubspan, type Setting } from '../model';
import type { Problem } from '../rules/rule';
import { closest } from '../suggest';
import type { EtcdVersion } from './options';
import { isGoIp, pieceChange } from './urlChecks';
import { parseEtcdUrl, type ListPiece } from './urls';

/*
 * Why etcd refuses one URL (types.NewURLs plus Go's url.Parse), and the repaired URL where it is knowable.
 * Go lowercases the scheme, so `HTTP://` is fine; a query or user info is not rejected.
 */

export interface UrlDiagnosis {
	/** Starts with the URL: `http://10.0.0.1 has no port…`. */
	readonly message: string;
	readonly repair?: string;
	/** The repair can never be wrong: it only drops quotes or a trailing `/`, or adds the default port. */
	readonly safe: boolean;
}

const schemes = ['http', 'https', 'unix', 'unixs'];
const shape = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(.*)$/s;
const bareHostPort = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d+)?$/;
const hostName = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** Undefined when etcd accepts the URL; `port` is the one to add when it is missing (none: no repair). */
export function diagnoseUrl(text: string, version: EtcdVersion, port?: string): UrlDiagnosis | undefined {
	const unquoted = text.replace(/^["']+|["']+$/g, '');
	if (unquoted !== text && unquoted !== '') {
		const inner = diagnoseUrl(unquoted, version, port);
		const message = `${text} carries quote characters that etcd reads as part of the URL; remove them.`;
		return { message, repair: inner ? inner.repair : unquoted, safe: inner ? inner.safe : true };
	}
	const problem = describe(text, version);
	return problem === undefined ? undefined : { message: problem, ...repaired(text, version, port) };
}

function describe(text: string, version: EtcdVersion): string | undefined {
	const parsed = parseEtcdUrl(text, version);
	const match = shape.exec(text);
	if (!match) return bareHostPort.test(text) ? `${text} has no scheme: etcd needs http://, https://, unix:// or unixs:// in front.` : `${text} is not a URL of the form scheme://host:port.`;
	const [, scheme, authority, path] = match;
	const hostPort = authority.replace(/^[^@]*@/, '');
	if (parsed.ok) return /\s/.test(hostPort) ? `${text} has a blank in its host, which etcd refuses.` : undefined;
	if (!schemes.includes(scheme.toLowerCase())) return `${text} uses the scheme ${scheme}: etcd accepts only http, https, unix and unixs.`;
	if (scheme.toLowerCase().startsWith('unix')) return `${text} is not of the form unix://host:port, which etcd 3.4 requires (the socket file is named after host and port); socket paths such as unix:///run/etcd.sock work from 3.5 on.`;
	if (parsed.problem === 'path') return path === '/' ? `${text} ends with /, which etcd counts as a path: write scheme://host:port only.` : `${text} has a path (${path}): etcd takes scheme://host:port only.`;
	if (!hostPort.startsWith('[') && hostPort.split(':').length > 2) return `${text} has an IPv6 address without brackets: write it as [address]:port, e.g. http://[fe80::1]:2380.`;
	const portText = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort)?.[1];
	if (portText === undefined) return `${text} has no port: etcd needs host:port.`;
	return /^\d*$/.test(portText) ? `${text} is not of the form scheme://host:port.` : `${text} has the port ${portText}, which is not a number.`;
}

/** One repair for every fault it can mend; none where the URL would still be wrong or the intent is unknown. */
function repaired(text: string, version: EtcdVersion, port?: string): { repair?: string; safe: boolean } {
	let safe = true;
	const url = shape.test(text) ? text : bareHostPort.test(text) ? 'http://' + text : undefined;
	const match = url === undefined ? null : shape.exec(url);
	if (!match) return { safe: false };
	if (url !== text) safe = false;
	let [, scheme, authority, path] = match;
	if (!schemes.includes(scheme.toLowerCase())) {
		scheme = closest(scheme.toLowerCase(), schemes)[0] ?? scheme;
		safe = false;
	}
	if (scheme.toLowerCase().startsWith('unix') && path !== '') return { safe: false };
	if (path !== '/' && path !== '') safe = false;
	const host = authority.replace(/^[^@]*@/, '');
	const bare = host.startsWith('[') ? host.endsWith(']') : !host.includes(':');
	const clear = isGoIp(host.replace(/^\[(.*)\]$/, '$1')) || hostName.test(host);
	if (bare && port !== undefined && clear) authority += ':' + port;
	const repair = `${scheme}://${authority}${match[4]}`;
	return repair !== text && parseEtcdUrl(repair, version).ok && !/\s/.test(authority) ? { repair, safe } : { safe: false };
}

/** The problem of one list entry, with its repair as a fix; an empty entry (a stray comma) loses its comma. */
export function entryProblem(text: string, setting: Setting, piece: ListPiece, version: EtcdVersion, port?: string, label = setting.key): Problem | undefined {
	if (piece.text === '') return emptyEntry(text, setting, piece);
	const diagnosis = diagnoseUrl(piece.text, version, port);
	if (!diagnosis) return undefined;
	const { repair, safe } = diagnosis;
	return {
		span: valueSubspan(setting, piece.from, piece.to),
		message: `${label}: ${diagnosis.message}`,
		fixes: repair === undefined ? undefined : [{ title: `Change to ${repair}`, changes: [pieceChange(text, setting, piece.from, piece.to, repair)], preferred: true, safe }],
	};
}

function emptyEntry(text: string, setting: Setting, piece: ListPiece): Problem {
	const before = setting.value.lastIndexOf(',', piece.from - 1);
	const comma = before >= 0 ? before : setting.value.indexOf(',', piece.to);
	const message = `${setting.key} has an empty entry (a stray comma), and etcd refuses the whole list.`;
	if (comma < 0) return { span: setting.valueSpan, message };
	const fix = { title: 'Remove the stray comma', changes: [pieceChange(text, setting, comma, comma + 1, '')], preferred: true, safe: true };
	return { span: valueSubspan(setting, comma, comma + 1), message, fixes: [fix] };
}
