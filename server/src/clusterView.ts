import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { advertisedKeys, cachedKeys, groupByKeys, workspaceSymbols, type ConfigDocument, type Keyed } from './engine';
import type { IndexedFile, Workspace } from './workspace';

/**
 * The clusters of the workspace, open documents over indexed files (an open document's unsaved text wins).
 * Documents are read through `open` as they are now; the grouping holds as long as no file's keys change.
 */
export interface ClusterView {
	/** The keys each file had when the view was made: an edit that keeps them keeps the view. */
	keysOf(uri: string): readonly string[] | undefined;
	/** The uris of a file's cluster, itself included. */
	group(uri: string): readonly string[];
	/** The other files of a document's cluster, parsed, in uri order. */
	siblings(uri: string): ConfigDocument[];
	/** The cluster a document is being written for (see the engine's likelySiblings). */
	likelySiblings(doc: ConfigDocument): ConfigDocument[];
	/** Members by name across the workspace. */
	symbols(query: string): SymbolInformation[];
}

export function clusterView(workspace: Workspace, open: ReadonlyMap<string, ConfigDocument>): ClusterView {
	const items: Keyed[] = [...workspace.files()].filter(file => !open.has(file.uri));
	for (const doc of open.values()) items.push({ uri: doc.uri, keys: cachedKeys(doc) });
	const keysOf = new Map(items.map(item => [item.uri, item.keys]));
	const groupOf = new Map<string, string[]>();
	const groupOfKey = new Map<string, string[]>();
	for (const group of groupByKeys(items)) {
		const uris = group.map(item => item.uri).sort();
		for (const item of group) {
			groupOf.set(item.uri, uris);
			for (const key of item.keys) groupOfKey.set(key, uris);
		}
	}
	const documentOf = (uri: string) => open.get(uri) ?? workspace.get(uri);
	const parsedGroup = (uris: readonly string[], except: string) => uris.filter(uri => uri !== except).map(documentOf).filter((d): d is ConfigDocument => d !== undefined);
	return {
		keysOf: uri => keysOf.get(uri),
		group: uri => groupOf.get(uri) ?? [uri],
		siblings: uri => parsedGroup(groupOf.get(uri) ?? [], uri),
		likelySiblings(doc) {
			const own = parsedGroup(groupOf.get(doc.uri) ?? [], doc.uri);
			if (own.length > 0) return own;
			const group = advertisedKeys(doc).map(key => groupOfKey.get(key)).find(g => g !== undefined);
			return group ? parsedGroup(group, doc.uri) : [];
		},
		symbols(query) {
			const wanted = query.toLowerCase();
			const closed = [...workspace.files()].filter(file => file.member && !open.has(file.uri) && file.member[0].toLowerCase().includes(wanted))
				.map(({ uri, member }) => symbolOf(uri, member!));
			return [...workspaceSymbols(query, open.values()), ...closed];
		},
	};
}

function symbolOf(uri: string, [name, line, start, end]: NonNullable<IndexedFile['member']>): SymbolInformation {
	return { name, kind: SymbolKind.Object, containerName: 'etcd member', location: { uri, range: { start: { line, character: start }, end: { line, character: end } } } };
}
