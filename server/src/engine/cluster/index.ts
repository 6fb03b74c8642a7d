import type { ConfigDocument } from '../model/configDocument';
import { effectiveValue } from '../dialects/effective';
import { splitList } from '../etcd/urls';
import { groupClusters, normaliseUrl } from './groups';
import { memberFacts } from './members';
import { rememberSiblings } from './perCluster';

/** Each document's cluster, by uri (the document included). */
export type ClusterIndex = ReadonlyMap<string, readonly ConfigDocument[]>;

export function indexClusters(docs: Iterable<ConfigDocument>): ClusterIndex {
	const index = new Map<string, readonly ConfigDocument[]>();
	for (const group of groupClusters([...docs])) for (const doc of group) index.set(doc.uri, group);
	return index;
}

/** The other files of a document's cluster, in uri order so that messages and edits come out the same every time. */
export function siblingsOf(index: ClusterIndex, uri: string): ConfigDocument[] {
	const group = index.get(uri);
	if (!group) return [];
	const members = inUriOrder(group);
	const siblings = members.filter(doc => doc.uri !== uri);
	rememberSiblings(siblings, members);
	return siblings;
}

// A cluster's files are sorted once, not once for each of its files that asks (thousands of copies in one cluster).
const sortedGroups = new WeakMap<readonly ConfigDocument[], readonly ConfigDocument[]>();

function inUriOrder(group: readonly ConfigDocument[]): readonly ConfigDocument[] {
	let sorted = sortedGroups.get(group);
	if (!sorted) sortedGroups.set(group, sorted = [...group].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)));
	return sorted;
}

/** The advertised peer URLs of a document, as cluster keys. */
export function advertisedKeys(doc: ConfigDocument): string[] {
	return splitList(effectiveValue(doc, 'initial-advertise-peer-urls') ?? '', true).filter(p => p.text !== '').map(p => normaliseUrl(p.text));
}

/**
 * The cluster a document most likely belongs to, for completion while its own list is still being written:
 * its cluster if it has one, else the cluster whose lists name one of its advertised peer URLs.
 */
export function likelySiblings(index: ClusterIndex, doc: ConfigDocument): ConfigDocument[] {
	const own = siblingsOf(index, doc.uri);
	if (own.length > 0) return own;
	const advertised = advertisedKeys(doc);
	if (advertised.length === 0) return [];
	for (const [uri, group] of index) {
		if (uri === doc.uri) continue;
		const pairs = memberFacts(group[0]).pairs ?? [];
		if (pairs.some(pair => advertised.includes(pair.slice(pair.indexOf('=') + 1)))) return group.filter(d => d.uri !== doc.uri);
	}
	return [];
}
