import { describeFiles, memberFacts } from '../cluster/members';
import { firstOf, perCluster } from '../cluster/perCluster';
import { isLoopback, isWildcard, parseEtcdUrl, splitList, type EtcdUrl } from '../etcd/urls';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { maxRelated, someRelated } from './related';
import type { Problem, Rule } from './rule';

const listeners = ['listen-peer-urls', 'listen-client-urls'];

/**
 * Two members of one cluster on the same host must not listen on the same port: the second one cannot bind.
 * Which files share a host is read from their addresses (a shared IP, or only loopback addresses: a test
 * cluster on one machine), so this stays a warning. One finding per listener, naming every member it clashes with:
 * one per pair of files grew with the square of the files in a cluster of copies.
 */
export const portClash: Rule = {
	id: 'port-clash',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		if (hosts(doc).all.length === 0) return [];
		const cluster = perCluster(doc, ctx.siblings, 'listeners by port', members => ({ byPort: listenersByPort(members), answers: new Map<string, Clash>() }));
		for (const option of listeners) {
			const own = effectiveSetting(doc, option);
			if (!own || hasTemplate(own.value)) continue;
			for (const piece of splitList(own.value, true)) {
				const url = parseEtcdUrl(piece.text, ctx.target).url;
				if (!url) continue;
				// The members of a cluster of copies all ask the same: each question is answered once per cluster.
				const question = `${url.port} ${url.host} ${hosts(doc).routable.join(',')}`;
				let clash = cluster.answers.get(question);
				if (!clash) cluster.answers.set(question, clash = membersClashing(doc, url, cluster.byPort.get(url.port)));
				// Every member that asks is among the answers itself.
				const total = clash.total - 1;
				if (total === 0) continue;
				const first = firstOf(clash.first, maxRelated, d => d !== doc);
				problems.push({
					span: valueSubspan(own, piece.from, piece.to),
					message: ctx.msg['port-clash'].message(describeFiles(first.map(memberFacts), ctx.msg, total), total, url.port),
					...someRelated(total, first, sibling => ({ doc: sibling, span: effectiveSetting(sibling, option)?.valueSpan ?? { start: 0, end: 0 }, message: ctx.msg['port-clash'].related })),
				});
			}
		}
		return problems;
	},
};

/** The members (the asking one included) on the asker's host that listen on the url's port: how many, and the first few. */
interface Clash {
	readonly total: number;
	readonly first: readonly ConfigDocument[];
}

function membersClashing(doc: ConfigDocument, url: EtcdUrl, onPort: PortListeners | undefined): Clash {
	const first: ConfigDocument[] = [];
	let total = 0;
	let last: ConfigDocument | undefined;
	for (const listener of candidates(url.host, onPort)) {
		// A member listed twice on one port (two URLs) counts once: its listeners are next to each other.
		if (listener.doc === last || !overlaps(url.host, listener.host) || !sameHost(doc, listener.doc)) continue;
		last = listener.doc;
		if (total++ <= maxRelated) first.push(listener.doc);
	}
	return { total, first };
}

interface Listener {
	readonly doc: ConfigDocument;
	readonly host: string;
	/** Its member's place in the cluster. */
	readonly index: number;
}

/** The listeners on one port: all of them, by host, and those on a wildcard address (which clash with any host). */
interface PortListeners {
	readonly all: Listener[];
	readonly byHost: Map<string, Listener[]>;
	readonly wildcard: Listener[];
}

/** Every member's listeners, by port, in member order (a member's own listeners next to each other). */
function listenersByPort(members: readonly ConfigDocument[]): Map<string, PortListeners> {
	const found = new Map<string, PortListeners>();
	members.forEach((doc, index) => {
		for (const url of listenUrls(doc)) {
			let onPort = found.get(url.port);
			if (!onPort) found.set(url.port, onPort = { all: [], byHost: new Map(), wildcard: [] });
			const listener = { doc, host: url.host, index };
			onPort.all.push(listener);
			if (isWildcard(url.host)) onPort.wildcard.push(listener);
			const sameHost = onPort.byHost.get(url.host);
			if (sameHost) sameHost.push(listener); else onPort.byHost.set(url.host, [listener]);
		}
	});
	return found;
}

/** The listeners that may clash with a host, in member order: on that host or on a wildcard, or all for a wildcard. */
function candidates(host: string, onPort: PortListeners | undefined): readonly Listener[] {
	if (!onPort) return [];
	if (isWildcard(host)) return onPort.all;
	const exact = onPort.byHost.get(host) ?? [];
	if (onPort.wildcard.length === 0) return exact;
	return [...exact, ...onPort.wildcard].sort((a, b) => a.index - b.index);
}

// Documents never change: each member's addresses are read once, not once per other member that asks.
const listenCache = new WeakMap<ConfigDocument, EtcdUrl[]>();
const hostCache = new WeakMap<ConfigDocument, { all: string[]; routable: string[] }>();

function listenUrls(doc: ConfigDocument): EtcdUrl[] {
	let urls = listenCache.get(doc);
	if (!urls) {
		urls = listeners.flatMap(option => splitList(effectiveSetting(doc, option)?.value ?? '', true))
			.map(piece => parseEtcdUrl(piece.text, '3.5').url).filter((url): url is EtcdUrl => url !== undefined);
		listenCache.set(doc, urls);
	}
	return urls;
}

/**
 * Where a member is: the routable addresses it listens on; where it listens only on wildcards and loopback, those
 * and the addresses it advertises (an advertised address may be wrong, a bound one is the host's).
 */
function hosts(doc: ConfigDocument): { all: string[]; routable: string[] } {
	let found = hostCache.get(doc);
	if (!found) {
		const bound = listenUrls(doc).map(url => url.host).filter(host => host !== '' && !isWildcard(host));
		const advertised = ['initial-advertise-peer-urls', 'advertise-client-urls']
			.flatMap(option => splitList(effectiveSetting(doc, option)?.value ?? '', true))
			.map(piece => parseEtcdUrl(piece.text, '3.5').url?.host ?? '');
		const all = bound.some(host => !isLoopback(host)) ? bound : [...bound, ...advertised].filter(host => host !== '' && !isWildcard(host));
		hostCache.set(doc, found = { all, routable: all.filter(host => !isLoopback(host)) });
	}
	return found;
}

/** A shared routable address, or (a test cluster on one machine) nothing but loopback addresses on both sides. */
function sameHost(a: ConfigDocument, b: ConfigDocument): boolean {
	const own = hosts(a);
	const other = hosts(b);
	if (own.all.length === 0 || other.all.length === 0) return false;
	if (own.routable.length === 0 && other.routable.length === 0) return true;
	return own.routable.some(host => other.routable.includes(host));
}

function overlaps(a: string, b: string): boolean {
	return a === b || isWildcard(a) || isWildcard(b) || (isLoopback(a) && isLoopback(b) && a === b);
}
