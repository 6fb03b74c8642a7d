import { valueSubspan, type ConfigDocument, type Setting } from '../../model/configDocument';
import type { RuleMessages } from '../../l10n/rules.en';
import type { Problem } from '../rule';
import { closest } from '../../text/suggest';
import type { EtcdVersion } from '../../etcd/options';
import type { Target } from '../../etcd/versions';
import { isGoIp } from './urlChecks';
import { hostFault, parseEtcdUrl, type ListPiece } from '../../etcd/urls';
import { literalExpansion } from './literalExpansion';
import { pieceChange } from '../../dialects';

/*
 * Why etcd refuses one URL (types.NewURLs plus Go's url.Parse), and the repaired URL where it is knowable.
 * Go lowercases the scheme, so `HTTP://` is fine; a query or user info is not rejected.
 */

/** The URL texts in the caller's language: `ctx.msg['url-diagnosis']`. */
export type UrlMessages = RuleMessages['url-diagnosis'];

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
export function diagnoseUrl(text: string, version: EtcdVersion | Target, msg: UrlMessages, port?: string): UrlDiagnosis | undefined {
	const unquoted = text.replace(/^["']+|["']+$/g, '');
	if (unquoted !== text && unquoted !== '') {
		const inner = diagnoseUrl(unquoted, version, msg, port);
		const message = msg.quotes(text);
		return { message, repair: inner ? inner.repair : unquoted, safe: inner ? inner.safe : true };
	}
	const problem = describe(text, version, msg);
	return problem === undefined ? undefined : { message: problem, ...repaired(text, version, port) };
}

function describe(text: string, version: EtcdVersion | Target, msg: UrlMessages): string | undefined {
	const parsed = parseEtcdUrl(text, version);
	const match = shape.exec(text);
	if (!match) return bareHostPort.test(text) ? msg.noScheme(text) : msg.notUrl(text);
	const [, scheme, authority, path] = match;
	const hostPort = authority.replace(/^[^@]*@/, '');
	if (parsed.ok) return /\s/.test(hostPort) ? msg.blankHost(text) : undefined;
	if (parsed.problem === 'host-character') return hostCharacter(text, hostFault(hostPort) ?? '', msg);
	if (!schemes.includes(scheme.toLowerCase())) return msg.scheme(text, scheme);
	if (scheme.toLowerCase().startsWith('unix')) return msg.unixForm(text);
	if (parsed.problem === 'path') return path === '/' ? msg.trailingSlash(text) : msg.path(text, path);
	if (!hostPort.startsWith('[') && hostPort.split(':').length > 2) return msg.ipv6(text);
	const portText = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort)?.[1];
	if (portText === undefined) return msg.noPort(text);
	return /^\d*$/.test(portText) ? msg.notUrl(text) : msg.badPort(text, portText);
}

/** Go refuses a character or escape in the host; where it comes from a variable or specifier, nothing expanded it. */
function hostCharacter(text: string, fault: string, msg: UrlMessages): string {
	const message = fault.startsWith('%') ? msg.badEscape(text, fault) : msg.hostCharacter(text, fault);
	const unexpanded = literalExpansion(text);
	return unexpanded === undefined ? message : `${message} ${msg.notExpanded(unexpanded)}`;
}

/** One repair for every fault it can mend; none where the URL would still be wrong or the intent is unknown. */
function repaired(text: string, version: EtcdVersion | Target, port?: string): { repair?: string; safe: boolean } {
	let safe = true;
	const url = shape.test(text) ? text : bareHostPort.test(text) ? 'http://' + text : undefined;
	const match = url === undefined ? null : shape.exec(url);
	if (!match) return { safe: false };
	if (url !== text) safe = false;
	let [, scheme, authority] = match;
	const path = match[3];
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
export function entryProblem(doc: ConfigDocument, setting: Setting, piece: ListPiece, version: EtcdVersion | Target, msg: UrlMessages, port?: string, label = setting.key): Problem | undefined {
	if (piece.text === '') return emptyEntry(doc, setting, piece, msg);
	const diagnosis = diagnoseUrl(piece.text, version, msg, port);
	if (!diagnosis) return undefined;
	const { repair, safe } = diagnosis;
	const span = valueSubspan(setting, piece.from, piece.to);
	return {
		span,
		message: `${label}: ${diagnosis.message}`,
		// etcd refuses the URL: what other rules would say of it (its host, its port, how a shell reads it) is moot.
		explains: span,
		fixes: repair === undefined ? undefined : [{ title: msg.change(repair), changes: [pieceChange(doc, setting, piece.from, piece.to, repair)], preferred: true, safe }],
	};
}

function emptyEntry(doc: ConfigDocument, setting: Setting, piece: ListPiece, msg: UrlMessages): Problem {
	const before = setting.value.lastIndexOf(',', piece.from - 1);
	const comma = before >= 0 ? before : setting.value.indexOf(',', piece.to);
	const message = msg.emptyEntry(setting.key);
	if (comma < 0) return { span: setting.valueSpan, message };
	const fix = { title: msg.removeComma, changes: [pieceChange(doc, setting, comma, comma + 1, '')], preferred: true, safe: true };
	return { span: valueSubspan(setting, comma, comma + 1), message, fixes: [fix] };
}
