import { isGoIp, literalPieces, urlListSettings, withHost } from './shared/urlChecks';
import { parseEtcdUrl, type ListPiece } from '../etcd/urls';
import { valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import type { RuleMessages } from '../l10n/rules.en';
import type { Fix, Problem, Rule } from './rule';
import { pieceChange } from '../dialects';
import { urlList } from '../cluster/membership';
import type { Target } from '../etcd/versions';

/** The URLs this member tells the others for each listen list: their IP addresses are its own. */
const advertisedFor: Readonly<Record<string, string>> = { 'listen-peer-urls': 'initial-advertise-peer-urls', 'listen-client-urls': 'advertise-client-urls' };

type Messages = RuleMessages['listen-host-name'];

/**
 * etcd binds a listen URL's host as an IP address and refuses a name (even a resolvable one); only the
 * exact word `localhost` is let through. Unix sockets are exempt.
 */
export const listenHostName: Rule = {
	id: 'listen-host-name',
	severity: 'error',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['listen-host-name'];
		for (const setting of urlListSettings(doc, ctx.target).filter(s => s.option?.urlRole === 'bind')) {
			for (const piece of literalPieces(setting.value)) {
				const parsed = parseEtcdUrl(piece.text, ctx.target);
				if (!parsed.ok || parsed.url.scheme.startsWith('unix')) continue;
				const { host } = parsed.url;
				if (host === 'localhost' || isGoIp(host)) continue;
				problems.push({
					span: valueSubspan(setting, piece.from, piece.to),
					message: `${setting.key}: ${describe(piece.text, host, msg)}`,
					fixes: [...ownAddresses(doc, setting, piece, host, ctx.target, msg), ...hostFixes(doc, setting, piece, host, msg)],
				});
			}
		}
		return problems;
	},
};

/** This member's own IP addresses, as its advertise URLs give them: the likeliest meaning of a host name here, offered first. */
function ownAddresses(doc: ConfigDocument, setting: Setting, piece: ListPiece, host: string, target: Target, msg: Messages): Fix[] {
	const advertised = setting.option && advertisedFor[setting.option.name];
	if (!advertised || host === '' || host.includes('%') || host.toLowerCase() === 'localhost') return [];
	const ips = urlList(doc, advertised, target).pieces.map(p => parseEtcdUrl(p.text, target)).flatMap(p => p.ok && isGoIp(p.url.host) ? [p.url.host] : []);
	return [...new Set(ips)].map((ip, index) => ({
		title: msg.own(ip.includes(':') ? `[${ip}]` : ip),
		changes: [pieceChange(doc, setting, piece.from, piece.to, withHost(piece.text, ip))],
		preferred: index === 0,
	}));
}

/** Lower-casing `LOCALHOST` or dropping an IPv6 zone keeps the intent; every address is only an offer. */
function hostFixes(doc: ConfigDocument, setting: Setting, piece: ListPiece, host: string, msg: Messages): Fix[] {
	const change = (newHost: string) => [pieceChange(doc, setting, piece.from, piece.to, withHost(piece.text, newHost))];
	// Up to the zone's `%`: a loop-free cut, where /%.*$/ would retry from every `%` of a long run.
	const zone = host.indexOf('%', Math.max(...['\n', '\r', '\u2028', '\u2029'].map(end => host.lastIndexOf(end))) + 1);
	const zoneless = zone < 0 ? host : host.slice(0, zone);
	if (host.toLowerCase() === 'localhost') return [{ title: msg.lowerCase, changes: change('localhost'), preferred: true, safe: true }];
	const wildcard = host.includes(':') ? '::' : '0.0.0.0';
	const every: Fix = { title: msg.every(host.includes(':') ? '[::]' : wildcard), changes: change(wildcard) };
	return zoneless !== host && isGoIp(zoneless) ? [{ title: msg.dropZone(zoneless), changes: change(zoneless), preferred: true }, every] : [every];
}

function describe(url: string, host: string, msg: Messages): string {
	if (host === '') return msg.noHost(url);
	if (host.includes('%')) return msg.zone(url);
	return msg.name(host);
}
