import type { ConfigDocument } from '../model';
import { groupClusters } from './groups';

/** Each document's cluster, by uri (the document included). */
export type ClusterIndex = ReadonlyMap<string, readonly ConfigDocument[]>;

export function indexClusters(docs: Iterable<ConfigDocument>): ClusterIndex {
	const index = new Map<string, readonly ConfigDocument[]>();
	for (const group of groupClusters([...docs])) for (const doc of group) index.set(doc.uri, group);
	return index;
}

/** The other files of a document's cluster, in uri order so that messages and edits come out the same every time. */
export function siblingsOf(index: ClusterIndex, uri: string): ConfigDocument[] {
	return (index.get(uri) ?? []).filter(doc => doc.uri !== uri).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}
