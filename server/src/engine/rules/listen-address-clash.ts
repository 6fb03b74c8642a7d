import { urlList } from '../cluster/membership';
import { isLoopback, isWildcard, parseEtcdUrl, type ListPiece } from '../etcd/urls';
import { valueSubspan, type Setting } from '../model/configDocument';
import type { Problem, Rule } from './rule';
import { isTrue } from './shared/urlChecks';

const roles: readonly (readonly [string, readonly string[]])[] = [
	['peer', ['listen-peer-urls']],
	['client', ['listen-client-urls', 'listen-client-http-urls']],
	['metrics', ['listen-metrics-urls']],
];

interface Listener {
	readonly role: string;
	readonly setting?: Setting;
	readonly piece: ListPiece;
	readonly host: string;
	readonly port: string;
	readonly unix: boolean;
}

/**
 * Two listeners of different kinds (peer, client, metrics) on the same address: the second cannot bind, and etcd
 * refuses to start (v3.5.33:server/embed/etcd.go:564, :704, :900). The same host:port written alike is certain; a
 * wildcard or localhost against an address on the same port depends on the host (a warning), and so does anything
 * once socket-reuse-port or socket-reuse-address is on. Client against client-http is listen-client-http-conflict's.
 */
export const listenAddressClash: Rule = {
	id: 'listen-address-clash',
	severity: 'error',
	check(doc, ctx) {
		const listeners: Listener[] = roles.flatMap(([role, names]) => names.flatMap(name => {
			const list = urlList(doc, name, ctx.target);
			if (list.templated) return [];
			return list.pieces.flatMap(piece => {
				const url = parseEtcdUrl(piece.text, ctx.target).url;
				return url ? [{ role, setting: list.setting, piece, host: url.host, port: url.port, unix: url.scheme.startsWith('unix') }] : [];
			});
		})).sort((a, b) => (a.setting?.keySpan.start ?? -1) - (b.setting?.keySpan.start ?? -1));
		const reuse = isTrue(doc, 'socket-reuse-port') || isTrue(doc, 'socket-reuse-address');
		const msg = ctx.msg['listen-address-clash'];
		const problems: Problem[] = [];
		for (const [i, later] of listeners.entries()) {
			const earlier = listeners.slice(0, i).find(other => other.role !== later.role && overlap(other, later) !== undefined);
			const at = later.setting ? later : earlier?.setting ? earlier : undefined;
			if (!earlier || !at?.setting) continue;
			const certain = overlap(earlier, later) === 'same' && !reuse;
			problems.push({
				span: valueSubspan(at.setting, at.piece.from, at.piece.to),
				message: certain ? msg.same(later.role, earlier.role, `${later.host}:${later.port}`) : msg.maybe(later.role, earlier.role, later.port),
				severity: certain ? undefined : 'warning',
			});
		}
		return problems;
	},
};

/** `same`: the same host and port as written; `maybe`: the same port where a wildcard or loopback name may cover both. */
function overlap(a: Listener, b: Listener): 'same' | 'maybe' | undefined {
	if (a.unix || b.unix) return a.unix && b.unix && a.host === b.host && a.port === b.port ? 'same' : undefined;
	if (a.port !== b.port) return undefined;
	if (a.host === b.host) return 'same';
	const wide = (host: string) => isWildcard(host) || (isLoopback(host) && !host.includes(':'));
	return isWildcard(a.host) || isWildcard(b.host) || (wide(a.host) && wide(b.host)) ? 'maybe' : undefined;
}
