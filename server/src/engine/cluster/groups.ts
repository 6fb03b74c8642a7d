import { type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { parseEtcdUrl, parseInitialCluster } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';
import { statedCluster } from '../parse/directives';

/*
 * Which member files form one cluster. Files are one cluster only when they are in the same place (one workspace
 * folder, one run of the CLI; an untitled buffer is always alone) and either
 *   - the user says so: the same `# etcd-cluster: <name>` comment, or the same name from the `etcd.cluster.groups`
 *     setting (a file that states a name joins only files stating the same name); or
 *   - neither states a name and their cluster lists share a member, that is the same name at the same peer URL, in
 *     lists of two members or more, unless both files set tokens that differ and their lists differ as well.
 * Shared addresses alone join nothing: unrelated single-node configs all say 127.0.0.1:2380, and two guides reuse one
 * IP for other members. A template joins no cluster: it stands for every member it renders.
 */

/** What grouping reads of a file, as short strings (kept for every indexed file, compared after every edit). */
export interface ClusterKeys {
	/** `name=url` of each member of a list of two or more, URLs normalised: shared ones join files. */
	readonly members: readonly string[];
	/** The token the file sets, if it sets one. */
	readonly token?: string;
	/** The sorted member list, to tell a typo'd token (same list) from another cluster. */
	readonly list?: string;
	/** The cluster the user named for the file. */
	readonly stated?: string;
	/** A file that joins nothing (a template, an untitled buffer). */
	readonly alone?: boolean;
}

/** Anything that carries cluster keys: a parsed document, or a file the index keeps as its keys. */
export interface Keyed {
	readonly uri: string;
	readonly keys: ClusterKeys;
	/** Where the file is (a workspace folder): files of different places are never one cluster. */
	readonly scope?: string;
}

/** The keys of a document; `stated`: the cluster a setting names for it (its own comment wins). */
export function clusterKeys(doc: ConfigDocument, stated?: string): ClusterKeys {
	if (doc.members) return containerKeys(doc.members.map(member => clusterKeys(member, stated)));
	if (doc.template || doc.uri.startsWith('untitled:')) return { members: [], alone: true };
	const named = statedCluster(doc) ?? stated;
	const list = effectiveSetting(doc, 'initial-cluster')?.value ?? '';
	const entries = hasTemplate(list) ? [] : parseInitialCluster(list).filter(m => m.url !== '');
	const pairs = [...new Set(entries.map(m => `${m.name}=${normaliseUrl(m.url)}`))].sort();
	const token = effectiveSetting(doc, 'initial-cluster-token')?.value;
	return {
		members: new Set(entries.map(m => m.name)).size >= 2 ? pairs : [],
		...(token && !hasTemplate(token) ? { token } : {}),
		...(pairs.length > 0 ? { list: pairs.join(',') } : {}),
		...(named ? { stated: named } : {}),
	};
}

/** A file of several containers joins what any of them joins: their members together, the first token and list. */
function containerKeys(keys: readonly ClusterKeys[]): ClusterKeys {
	const token = keys.find(k => k.token !== undefined)?.token;
	const list = keys.find(k => k.list !== undefined)?.list;
	const stated = keys.find(k => k.stated !== undefined)?.stated;
	return {
		members: [...new Set(keys.flatMap(k => k.members))].sort(),
		...(token !== undefined ? { token } : {}),
		...(list !== undefined ? { list } : {}),
		...(stated !== undefined ? { stated } : {}),
		...(keys.length > 0 && keys.every(k => k.alone) ? { alone: true } : {}),
	};
}

/** Lower-cased scheme and host, as Go compares parsed URLs; the text as written when it does not parse. */
export function normaliseUrl(url: string): string {
	const parsed = parseEtcdUrl(url, '3.5').url;
	return parsed ? `${parsed.scheme}://${parsed.host.toLowerCase()}:${parsed.port}` : url.trim();
}

/** Whether two files hold the same keys (an edit that keeps them keeps the grouping). */
export function sameKeys(a: ClusterKeys | undefined, b: ClusterKeys | undefined): boolean {
	return a !== undefined && b !== undefined && a.token === b.token && a.list === b.list && a.stated === b.stated
		&& a.alone === b.alone && a.members.join('\n') === b.members.join('\n');
}

// Documents are immutable values: their keys can be remembered, so regrouping after one edit only
// recomputes the keys of the edited file.
const keyCache = new WeakMap<ConfigDocument, { stated?: string; keys: ClusterKeys }>();

export function cachedKeys(doc: ConfigDocument, stated?: string): ClusterKeys {
	let cached = keyCache.get(doc);
	if (!cached || cached.stated !== stated) keyCache.set(doc, cached = { stated, keys: clusterKeys(doc, stated) });
	return cached.keys;
}

/** Two files that share a member are one cluster unless both set tokens that differ and their lists differ too. */
function compatible(a: ClusterKeys, b: ClusterKeys): boolean {
	return a.token === undefined || b.token === undefined || a.token === b.token || a.list === b.list;
}

/** Groups items into clusters (see the rule above), each cluster in the given order. */
export function groupByKeys<T extends Keyed>(items: readonly T[]): T[][] {
	const sets = unionFind(items.length);
	const stated = new Map<string, number>();
	// Per shared member: the first file of each (token, list) kind that has it. Files of one kind join at once;
	// another kind is compared once per kind, so a member that many files share costs no more than their kinds.
	const buckets = new Map<string, Map<string, number>>();
	items.forEach(({ keys, scope = '' }, i) => {
		if (keys.alone) return;
		if (keys.stated !== undefined) {
			const first = stated.get(`${scope}\n${keys.stated}`);
			if (first === undefined) stated.set(`${scope}\n${keys.stated}`, i); else sets.union(i, first);
			return;
		}
		for (const member of keys.members) {
			let kinds = buckets.get(`${scope}\n${member}`);
			if (!kinds) buckets.set(`${scope}\n${member}`, kinds = new Map());
			for (const first of kinds.values()) if (compatible(keys, items[first].keys)) sets.union(i, first);
			const kind = `${keys.token ?? ''}\n${keys.list ?? ''}`;
			if (!kinds.has(kind)) kinds.set(kind, i);
		}
	});
	const groups = new Map<number, T[]>();
	items.forEach((item, i) => {
		const root = sets.find(i);
		const group = groups.get(root);
		if (group) group.push(item); else groups.set(root, [item]);
	});
	return [...groups.values()];
}

function unionFind(size: number): { find(i: number): number; union(i: number, j: number): void } {
	const parent = Array.from({ length: size }, (_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	return { find, union: (i, j) => { parent[find(i)] = find(j); } };
}

/** Groups documents into clusters, each cluster in the given order. */
export function groupClusters(docs: readonly ConfigDocument[], placement: (doc: ConfigDocument) => { scope?: string; stated?: string } = () => ({})): ConfigDocument[][] {
	const keyed = docs.map(doc => {
		const { scope, stated } = placement(doc);
		return { uri: doc.uri, keys: cachedKeys(doc, stated), scope, doc };
	});
	return groupByKeys(keyed).map(group => group.map(item => item.doc));
}
