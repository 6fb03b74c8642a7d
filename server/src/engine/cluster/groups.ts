import { type ConfigDocument } from '../model/configDocument';
import { effectiveValue } from '../dialects/effective';
import { parseEtcdUrl, parseInitialCluster, splitList } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';

/*
 * Member files belong to one cluster when they share a peer URL (in ETCD_INITIAL_CLUSTER or as their own
 * advertised peer URL). Neither names nor tokens join files: every Patroni cluster calls its nodes pg1, pg2,
 * pg3, and a staging cluster copied from production keeps its token; joining those would report the two
 * clusters as one that disagrees. A file that shares no peer URL is a cluster of its own.
 */

/** The keys that join a file to others: its normalised peer URLs. */
export function clusterKeys(doc: ConfigDocument): string[] {
	const keys: string[] = [];
	const list = effectiveValue(doc, 'initial-cluster') ?? '';
	const members = hasTemplate(list) ? [] : parseInitialCluster(list);
	for (const member of members) if (member.url !== '') keys.push(normaliseUrl(member.url));
	const advertised = effectiveValue(doc, 'initial-advertise-peer-urls') ?? '';
	if (members.length > 0 && !hasTemplate(advertised)) {
		for (const piece of splitList(advertised, true)) if (piece.text !== '') keys.push(normaliseUrl(piece.text));
	}
	return keys;
}

/** Lower-cased scheme and host, as Go compares parsed URLs; the text as written when it does not parse. */
export function normaliseUrl(url: string): string {
	const parsed = parseEtcdUrl(url, '3.5').url;
	return parsed ? `${parsed.scheme}://${parsed.host.toLowerCase()}:${parsed.port}` : url.trim();
}

// Documents are immutable values: their keys can be remembered, so regrouping after one edit only
// recomputes the keys of the edited file.
const keyCache = new WeakMap<ConfigDocument, string[]>();

export function cachedKeys(doc: ConfigDocument): string[] {
	let keys = keyCache.get(doc);
	if (!keys) keyCache.set(doc, keys = clusterKeys(doc));
	return keys;
}

/** Anything that carries cluster keys: a parsed document, or a file the index keeps as text and keys. */
export interface Keyed {
	readonly uri: string;
	readonly keys: readonly string[];
}

/** Groups items into clusters (union-find over their keys), each cluster in the given order. */
export function groupByKeys<T extends Keyed>(items: readonly T[]): T[][] {
	const parent = items.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	const owner = new Map<string, number>();
	items.forEach((item, i) => {
		for (const key of item.keys) {
			const other = owner.get(key);
			if (other === undefined) owner.set(key, i);
			else parent[find(i)] = find(other);
		}
	});
	const groups = new Map<number, T[]>();
	items.forEach((item, i) => {
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(item); else groups.set(root, [item]);
	});
	return [...groups.values()];
}

/** Groups documents into clusters, each cluster in the given order. */
export function groupClusters(docs: readonly ConfigDocument[]): ConfigDocument[][] {
	const keyed = docs.map(doc => ({ uri: doc.uri, keys: cachedKeys(doc), doc }));
	return groupByKeys(keyed).map(group => group.map(item => item.doc));
}
