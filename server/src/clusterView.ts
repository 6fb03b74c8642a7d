import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { advertisedKeys, cachedKeys, distinctMembers, groupByKeys, workspaceSymbols, type ClusterKeys, type ConfigDocument, type EtcdGroup, type Keyed } from './engine';
import { canonicalUri } from './uris';
import type { IndexedFile, Workspace } from './workspace';

/**
 * The clusters of the workspace, open documents over indexed files (an open document's unsaved text wins).
 * Documents are read through `open` (keyed by VS Code's spelling of their URIs, see uris.ts) as they are now; the
 * grouping holds as long as no file's keys change. Every method takes a URI in any spelling. Files
 * of different workspace folders are never one cluster, and an untitled buffer is always alone (see the engine's
 * cluster/groups.ts for the rule).
 */
export interface ClusterView {
	/** The keys each file had when the view was made: an edit that keeps them keeps the view. */
	keysOf(uri: string): ClusterKeys | undefined;
	/** The uris of a file's cluster, itself included. */
	group(uri: string): readonly string[];
	/**
	 * The other members of a document's cluster, parsed, in uri order; a member two files describe counts once.
	 * `fresh` reads the closed ones from disk again (for an edit that will be applied to them).
	 */
	siblings(uri: string, fresh?: boolean): ConfigDocument[];
	/** The cluster a document is being written for (see the engine's likelySiblings). */
	likelySiblings(doc: ConfigDocument): ConfigDocument[];
	/** Members by name across the workspace. */
	symbols(query: string): SymbolInformation[];
	/**
	 * The clusters of the workspace folder that holds `near` (a Patroni file), each with the name the user gave it;
	 * its members are read when first asked for. Like etcd files, a Patroni file never talks to another folder's copy.
	 */
	etcdGroups(near: string): readonly EtcdGroup[];
}

export function clusterView(workspace: Workspace, open: ReadonlyMap<string, ConfigDocument>): ClusterView {
	const items: Keyed[] = [...workspace.files()].filter(file => !open.has(file.uri));
	for (const [key, doc] of open) items.push({ uri: key, keys: cachedKeys(doc, workspace.statedOf(key)), scope: workspace.scopeOf(key) });
	const keysOf = new Map(items.map(item => [item.uri, item.keys]));
	const groupOf = new Map<string, string[]>();
	/** A member's peer URL → the cluster that lists it, for a file still being written (by scope). */
	const groupOfUrl = new Map<string, string[]>();
	const groups: { uris: string[]; stated?: string; scope: string }[] = [];
	for (const group of groupByKeys(items)) {
		const uris = group.map(item => item.uri).sort();
		groups.push({ uris, stated: group[0].keys.stated, scope: group[0].scope ?? '' });
		for (const item of group) {
			groupOf.set(item.uri, uris);
			for (const member of item.keys.members) groupOfUrl.set(`${item.scope ?? ''}\n${member.slice(member.indexOf('=') + 1)}`, uris);
		}
	}
	const documentOf = (key: string, fresh = false) => open.get(key) ?? (fresh ? workspace.fresh(key) : workspace.get(key));
	const parsedGroup = (keys: readonly string[], except: string, fresh = false) => keys.filter(key => key !== except)
		.map(key => documentOf(key, fresh)).filter((d): d is ConfigDocument => d !== undefined);
	const siblings = (uri: string, fresh = false) => {
		const key = canonicalUri(uri);
		const doc = documentOf(key);
		const others = parsedGroup(groupOf.get(key) ?? [], key, fresh);
		return doc ? distinctMembers(doc, others) : others;
	};
	return {
		keysOf: uri => keysOf.get(canonicalUri(uri)),
		group: uri => groupOf.get(canonicalUri(uri)) ?? [canonicalUri(uri)],
		siblings,
		likelySiblings(doc) {
			const own = siblings(doc.uri);
			if (own.length > 0 || cachedKeys(doc).alone) return own;
			const key = canonicalUri(doc.uri);
			const scope = workspace.scopeOf(key);
			const group = advertisedKeys(doc).map(url => groupOfUrl.get(`${scope}\n${url}`)).find(g => g !== undefined);
			return group ? distinctMembers(doc, parsedGroup(group, key)) : [];
		},
		etcdGroups: near => groups.filter(group => group.scope === workspace.scopeOf(canonicalUri(near))).map(({ uris, stated }) => {
			let members: ConfigDocument[] | undefined;
			return { stated, get members() { return members ??= parsedGroup(uris, ''); } };
		}),
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
