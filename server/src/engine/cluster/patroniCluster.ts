import type { ConfigDocument } from '../model/configDocument';
import type { PatroniDocument, PatroniEndpoint, PatroniField, PatroniSection } from '../model/patroniDocument';
import { effectiveSetting } from '../dialects/effective';
import type { Span } from '../text/lineIndex';
import { canonicalIp, splitHostPort, splitList } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';
import { patroniDirectives } from '../parse/patroniDirectives';
import { memberFacts } from './members';

/*
 * Which etcd cluster a Patroni file talks to: the one its `# etcd-cluster: <name>` comment (or the
 * `etcd.cluster.groups` setting) names, else the one whose members advertise most of the client URLs it lists.
 */

/** Where an endpoint of Patroni's section points, as Patroni builds the URL. */
export interface PatroniTarget {
	readonly endpoint: PatroniEndpoint;
	readonly field: PatroniField;
	/** `http` unless `protocol` (or the URL's own scheme) says otherwise. */
	readonly scheme: string;
	readonly host: string;
	readonly port: string;
	/** `host:port`, the host lower-cased and an IP in its canonical spelling: what we compare. */
	readonly address: string;
}

/** One member's URL, normalised the same way. */
export interface MemberUrl {
	readonly doc: ConfigDocument;
	readonly url: string;
	readonly scheme: string;
	readonly address: string;
	/** Where the member's file says it (its start when the URL is etcd's default). */
	readonly span: Span;
}

/** A cluster the front end grouped, and the name the user gave it, if any. */
export interface EtcdGroup {
	readonly members: readonly ConfigDocument[];
	readonly stated?: string;
}

const urlShape = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/?#]*)/i;

/** `host:port` compared as written, the host lower-cased, an IP canonical; no port: `fallback`. */
export function addressOf(authority: string, fallback: string): { host: string; port: string; address: string } {
	const { host, port } = splitHostPort(authority);
	const name = (canonicalIp(host) ?? host).toLowerCase();
	const shown = name.includes(':') ? `[${name}]` : name;
	return { host: name, port: port || fallback, address: `${shown}:${port || fallback}` };
}

/**
 * Where each endpoint of a section points. `hosts`/`host` take `protocol` (default http) and `port` (default
 * 2379); `url`/`proxy` carry their own scheme (v4.1.4:patroni/dcs/etcd.py:599-624). Templated values are left out.
 */
export function targetsOf(section: PatroniSection): PatroniTarget[] {
	const protocol = section.fields.get('protocol')?.value.trim().toLowerCase() || 'http';
	const port = section.fields.get('port')?.value.trim() || '2379';
	const targets: PatroniTarget[] = [];
	for (const key of ['url', 'proxy', 'hosts', 'host']) {
		const field = section.fields.get(key);
		for (const endpoint of field?.endpoints ?? []) {
			if (hasTemplate(endpoint.text)) continue;
			const url = urlShape.exec(endpoint.text);
			const scheme = url ? url[1].toLowerCase() : protocol;
			const place = addressOf(url ? url[2] : endpoint.text, url ? '2379' : port);
			targets.push({ endpoint, field: field!, scheme, ...place });
		}
		if (key === 'url' && field || key === 'proxy' && field) break;
	}
	return targets;
}

/** The URLs a member's option lists (its default when unset), normalised. */
export function memberUrls(doc: ConfigDocument, option: string, fallback: string): MemberUrl[] {
	const setting = effectiveSetting(doc, option);
	const value = setting?.value || fallback;
	const span = setting?.valueSpan ?? { start: 0, end: 0 };
	if (hasTemplate(value)) return [];
	return splitList(value, true).flatMap(piece => {
		const url = urlShape.exec(piece.text);
		if (!url) return [];
		return [{ doc, url: piece.text, scheme: url[1].toLowerCase(), address: addressOf(url[2], '').address, span }];
	});
}

/** The client URLs the members advertise: what Patroni should list. */
export function advertisedClientUrls(members: readonly ConfigDocument[]): MemberUrl[] {
	return members.flatMap(doc => memberUrls(doc, 'advertise-client-urls', 'http://localhost:2379'));
}

/** The cluster of a Patroni file among the groups, or none. */
export function patroniClusterOf(doc: PatroniDocument, groups: readonly EtcdGroup[], stated?: string): readonly ConfigDocument[] {
	const named = patroniDirectives(doc).cluster ?? stated;
	if (named !== undefined) return groups.find(group => group.stated === named)?.members ?? [];
	const wanted = new Set(doc.sections.flatMap(section => targetsOf(section).map(target => target.address)));
	let best: { members: readonly ConfigDocument[]; score: number } = { members: [], score: 0 };
	for (const group of groups) {
		const score = new Set(advertisedClientUrls(group.members).map(url => url.address).filter(address => wanted.has(address))).size;
		if (score > best.score) best = { members: group.members, score };
	}
	return best.members;
}

/** A member's name for messages: its own, or its file's. */
export function memberLabel(doc: ConfigDocument): string {
	return memberFacts(doc).memberName ?? doc.uri.split('/').slice(-2).join('/');
}

/** A Patroni node by its `name`, or by its file's last two path segments when it has none. */
export function patroniLabel(doc: PatroniDocument): string {
	return doc.name ?? decodeURIComponent(doc.uri.split('/').slice(-2).join('/'));
}
