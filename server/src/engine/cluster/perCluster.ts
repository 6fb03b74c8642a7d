import { ConfigDocument } from '../model/configDocument';

/*
 * What a cross-file rule works out about a whole cluster (who has which token, name, list), once per cluster rather
 * than once per member: each member's rules used to walk all the other members, so a cluster of thousands of
 * files (copies of one member, all sharing its peer URL) cost the square of its size and the CLI ran for minutes.
 *
 * A cluster is known by its members, not by the array a caller hands in (each caller builds its own): documents
 * never change, so a small number for each document, summed and xor-ed over the members, finds a remembered
 * cluster in time linear in its size with cheap operations, and a set of its members confirms the match.
 */

const ids = new WeakMap<ConfigDocument, number>();
let nextId = 1;

function idOf(doc: ConfigDocument): number {
	let id = ids.get(doc);
	if (id === undefined) ids.set(doc, id = nextId++);
	return id;
}

interface Remembered {
	readonly key: string;
	readonly members: ReadonlySet<ConfigDocument>;
	readonly ordered: readonly ConfigDocument[];
	readonly values: Map<string, unknown>;
}

/** Clusters small enough to work out again for each member: a lookup would cost as much. */
const worthRemembering = 16;
/** The clusters remembered, the most recently used last: enough for a CLI run that lints cluster after cluster. */
const remembered = new Map<string, Remembered>();
const rememberedAtMost = 32;

/**
 * `compute(members)` for the cluster of `doc` and its `siblings`, the members in uri order; remembered under `name`
 * for the other members of the same cluster.
 */
export function perCluster<T>(doc: ConfigDocument, siblings: readonly ConfigDocument[], name: string, compute: (members: readonly ConfigDocument[]) => T): T {
	if (siblings.length < worthRemembering) return compute(inUriOrder([doc, ...siblings]));
	const entry = clusterEntry(doc, siblings);
	if (!entry.values.has(name)) entry.values.set(name, compute(entry.ordered));
	return entry.values.get(name) as T;
}

// The rules of one member all get the same array of siblings: the cluster is looked up once for it.
const bySiblings = new WeakMap<readonly ConfigDocument[], { readonly doc: ConfigDocument; readonly entry: Remembered }>();

function clusterEntry(doc: ConfigDocument, siblings: readonly ConfigDocument[]): Remembered {
	const known = bySiblings.get(siblings);
	if (known?.doc === doc && (known.entry.key === '' || remembered.get(known.entry.key) === known.entry)) return known.entry;
	// The cluster siblingsOf took them from, unless `doc` is not the document of that cluster (an older text of it).
	const cluster = clusters.get(siblings);
	const ofCluster = cluster && entryOfCluster(cluster);
	const entry = ofCluster?.members.has(doc) ? ofCluster : lookUp(doc, siblings);
	bySiblings.set(siblings, { doc, entry });
	return entry;
}

// Siblings that siblingsOf handed out, and the whole cluster (in uri order) they were taken from.
const clusters = new WeakMap<readonly ConfigDocument[], readonly ConfigDocument[]>();
const entries = new WeakMap<readonly ConfigDocument[], Remembered>();

/** Says that `siblings` are the members of `cluster` (in uri order) but one: their cluster is known without a search. */
export function rememberSiblings(siblings: readonly ConfigDocument[], cluster: readonly ConfigDocument[]): void {
	if (siblings.length >= worthRemembering) clusters.set(siblings, cluster);
}

/** The whole cluster `siblings` were taken from, when siblingsOf handed them out. */
export function clusterOfSiblings(siblings: readonly ConfigDocument[]): readonly ConfigDocument[] | undefined {
	return clusters.get(siblings);
}

function entryOfCluster(cluster: readonly ConfigDocument[]): Remembered {
	let entry = entries.get(cluster);
	if (!entry) entries.set(cluster, entry = { key: '', members: new Set(cluster), ordered: cluster, values: new Map<string, unknown>() });
	return entry;
}

function lookUp(doc: ConfigDocument, siblings: readonly ConfigDocument[]): Remembered {
	let sum = idOf(doc);
	let xor = sum;
	for (const sibling of siblings) {
		const id = idOf(sibling);
		sum += id;
		xor ^= id;
	}
	const key = `${siblings.length + 1}:${sum}:${xor}`;
	const found = remembered.get(key);
	if (found && found.members.has(doc) && siblings.every(sibling => found.members.has(sibling))) {
		remembered.delete(key);
		remembered.set(key, found);
		return found;
	}
	const ordered = inUriOrder([doc, ...siblings]);
	const entry = { key, members: new Set(ordered), ordered, values: new Map<string, unknown>() };
	remembered.set(key, entry);
	if (remembered.size > rememberedAtMost) remembered.delete(remembered.keys().next().value!);
	return entry;
}

function inUriOrder(docs: ConfigDocument[]): ConfigDocument[] {
	return docs.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/** Items with a key, in order, and how many items have each key. */
export interface Tally<T> {
	readonly items: readonly T[];
	readonly counts: ReadonlyMap<string, number>;
}

export function tally<T>(items: readonly T[], key: (item: T) => string): Tally<T> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return { items, counts };
}

/** The first `count` items that `keep` accepts, in order: a rule that lists a few of thousands stops there. */
export function firstOf<T>(items: readonly T[], count: number, keep: (item: T) => boolean): T[] {
	const found: T[] = [];
	for (let i = 0; i < items.length && found.length < count; i++) if (keep(items[i])) found.push(items[i]);
	return found;
}
