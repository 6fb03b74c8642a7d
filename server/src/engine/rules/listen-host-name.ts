import { isGoIp, literalPieces, pieceChange, urlListSettings, withHost } from '../etcd/urlChecks';
import { parseEtcdUrl, type ListPiece } from '../etcd/urls';
import { valueSubspan, type Setting } from '../model';
import type { Fix, Problem, Rule } from './rule';

/**
 * B4: etcd binds a listen URL's host as an IP address and refuses a name (even a resolvable one); only the
 * exact word `localhost` is let through. Unix sockets are exempt.
 */
export const listenHostName: Rule = {
	id: 'listen-host-name',
	severity: 'error',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const setting of urlListSettings(doc, ctx.version).filter(s => s.option?.urlRole === 'bind')) {
			for (const piece of literalPieces(setting.value)) {
				const parsed = parseEtcdUrl(piece.text, ctx.version);
				if (!parsed.ok || parsed.url.scheme.startsWith('unix')) continue;
				const { host } = parsed.url;
				if (host === 'localhost' || isGoIp(host)) continue;
				problems.push({
					span: valueSubspan(setting, piece.from, piece.to),
					message: `${setting.key}: ${describe(piece.text, host)}`,
					fixes: hostFixes(doc.text, setting, piece, host),
				});
			}
		}
		return problems;
	},
};

/** Lower-casing `LOCALHOST` or dropping an IPv6 zone keeps the intent; every address is only an offer. */
function hostFixes(text: string, setting: Setting, piece: ListPiece, host: string): Fix[] {
	const change = (newHost: string) => [pieceChange(text, setting, piece.from, piece.to, withHost(piece.text, newHost))];
	const zoneless = host.replace(/%.*$/, '');
	if (host.toLowerCase() === 'localhost') return [{ title: 'Write localhost in lower case', changes: change('localhost'), preferred: true, safe: true }];
	const wildcard = host.includes(':') ? '::' : '0.0.0.0';
	const every: Fix = { title: `Listen on every address (${host.includes(':') ? '[::]' : wildcard})`, changes: change(wildcard) };
	return zoneless !== host && isGoIp(zoneless) ? [{ title: `Drop the zone: ${zoneless}`, changes: change(zoneless), preferred: true }, every] : [every];
}

function describe(url: string, host: string): string {
	if (host === '') return `${url} has no host, and etcd needs an IP address to bind to (0.0.0.0 for every address).`;
	if (host.includes('%')) return `${url} carries an IPv6 zone, and etcd binds only to a plain IP address; drop the zone or use [::].`;
	return `etcd binds only to an IP address or localhost, and ${host} is neither; write the address (or 0.0.0.0 for every address) and keep host names for the advertise URLs.`;
}
