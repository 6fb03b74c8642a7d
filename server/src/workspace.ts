import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { advertisedKeys, cachedKeys, groupByKeys, parseDocument, workspaceSymbols, type ConfigDocument, type Keyed } from './engine';
import { limitMessage, notAnalysed } from './analysisLimits';
import { relative, sep } from 'node:path';
import { canonicalUri, fileUri, isFileUri, uriPath } from './uris';
import { findWorkspaceFiles, readIndexedFile, wanted, yieldToRequests, type FileFilter } from './workspaceFiles';

/**
 * What the index keeps of a closed file: the keys that join it to a cluster and its member name for workspace
 * symbols. Not its text: with tens of thousands of files that alone is tens of megabytes, and the few files a
 * request needs are read again (a watched change re-indexes a file, so keys and text stay in step).
 */
interface IndexedFile extends Keyed {
	/** The member's name and where it stands (line, first and last character): a symbol costs more than this. */
	readonly member?: readonly [name: string, line: number, start: number, end: number];
}

/**
 * The etcd config files of the workspace folders, keyed by VS Code's spelling of their URIs (see uris.ts): every
 * method takes a URI in any spelling. Open documents are laid over them by `clusterView`.
 */
export interface Workspace {
	/** Indexes every config file below the folders (file URIs), replacing what was indexed before. */
	scan(folders: readonly string[], filter: FileFilter): Promise<void>;
	/** Re-reads one file after a change on disk; a file that is gone, too large or not one the scan would take leaves the index. */
	refresh(uri: string): Promise<void>;
	remove(uri: string): void;
	/** The file parsed, if it is in the index. */
	get(uri: string): ConfigDocument | undefined;
	/** The file as it is on disk now (read again, and indexed again where it changed), if it is in the index. */
	fresh(uri: string): ConfigDocument | undefined;
	/** The cluster keys of an indexed file. */
	keys(uri: string): readonly string[] | undefined;
	files(): IterableIterator<IndexedFile>;
	size(): number;
}

/** Parsed files kept for the next request: a cluster's members are asked for again and again. */
const parsedCacheSize = 512;

export function createWorkspace(log: (message: string) => void): Workspace {
	const files = new Map<string, IndexedFile>();
	const parsed = new Map<string, ConfigDocument>();
	/** Counts scans: a scan that a newer one overtook (a folder removed while indexing) stops adding files. */
	let scans = 0;
	let scanned: { folders: string[]; filter: FileFilter } = { folders: [], filter: { include: [], exclude: [] } };
	/** Reads and indexes a file; the parse is returned, for a caller that wants to keep it. */
	const load = (uri: string): ConfigDocument | undefined => {
		parsed.delete(uri);
		const { text, skipped } = readIndexedFile(uriPath(uri));
		const limit = text === undefined ? undefined : notAnalysed(text);
		const reason = skipped ?? (limit && limitMessage(limit));
		if (text === undefined || reason) {
			files.delete(uri);
			log(`skipped ${uri}: ${reason}`);
			return undefined;
		}
		const doc = parseDocument(uri, text);
		const [symbol] = workspaceSymbols('', [doc]);
		const at = symbol?.location.range;
		files.set(uri, { uri, keys: cachedKeys(doc), member: symbol && at ? [symbol.name, at.start.line, at.start.character, at.end.character] : undefined });
		return doc;
	};
	/** An indexed file parsed: from the cache, or read again (`fresh`: always, and indexed again where it changed). */
	const parsedFile = (key: string, fresh: boolean): ConfigDocument | undefined => {
		if (!files.has(key)) return undefined;
		let doc = parsed.get(key);
		if (doc && !fresh) return doc;
		const { text } = readIndexedFile(uriPath(key));
		// Gone since it was indexed: its deletion event is on its way.
		if (text === undefined) return undefined;
		if (doc?.text === text) return doc;
		// Changed on disk before its event came: indexed again, for the keys that join it to a cluster.
		doc = doc ? load(key) : parseDocument(key, text);
		if (!doc) return undefined;
		if (parsed.size >= parsedCacheSize) parsed.delete(parsed.keys().next().value!);
		parsed.set(key, doc);
		return doc;
	};
	return {
		async scan(folders, filter) {
			const scan = ++scans;
			scanned = { folders: folders.filter(isFileUri).map(uriPath), filter };
			files.clear();
			parsed.clear();
			for (const folder of scanned.folders) {
				const paths = await findWorkspaceFiles(folder, filter, (path, why) => log(`skipped ${path}: ${why}`));
				if (scan !== scans) return;
				// Synchronous reads in slices: a promise per file costs more than the read, and between slices the
				// server answers whatever the editor asked meanwhile.
				for (let i = 0; i < paths.length; i++) {
					if (i % 64 === 63) await yieldToRequests();
					if (scan !== scans) return;
					load(fileUri(paths[i]));
				}
			}
		},
		// The watcher's globs are broad (`*.j2`, `*.sample`): only what the scan would have taken is indexed.
		refresh: async uri => {
			const key = canonicalUri(uri);
			const path = uriPath(key);
			const folder = scanned.folders.find(f => path.startsWith(f + sep));
			if (folder && wanted(relative(folder, path).split(sep).join('/'), scanned.filter)) load(key);
			else files.delete(key);
		},
		remove: uri => {
			files.delete(canonicalUri(uri));
			parsed.delete(canonicalUri(uri));
		},
		get: uri => parsedFile(canonicalUri(uri), false),
		fresh: uri => parsedFile(canonicalUri(uri), true),
		keys: uri => files.get(canonicalUri(uri))?.keys,
		files: () => files.values(),
		size: () => files.size,
	};
}

/**
 * The clusters of the workspace, open documents over indexed files (an open document's unsaved text wins).
 * Documents are read through `open` (keyed by VS Code's spelling of their URIs) as they are now; the grouping holds
 * as long as no file's keys change. Every method takes a URI in any spelling; groups are given in VS Code's.
 */
export interface ClusterView {
	/** The keys each file had when the view was made: an edit that keeps them keeps the view. */
	keysOf(uri: string): readonly string[] | undefined;
	/** The uris of a file's cluster, itself included. */
	group(uri: string): readonly string[];
	/** The other files of a document's cluster, parsed, in uri order; `fresh` reads closed ones from disk again. */
	siblings(uri: string, fresh?: boolean): ConfigDocument[];
	/** The cluster a document is being written for (see the engine's likelySiblings). */
	likelySiblings(doc: ConfigDocument): ConfigDocument[];
	/** Members by name across the workspace. */
	symbols(query: string): SymbolInformation[];
}

export function clusterView(workspace: Workspace, open: ReadonlyMap<string, ConfigDocument>): ClusterView {
	const items: Keyed[] = [...workspace.files()].filter(file => !open.has(file.uri));
	for (const [key, doc] of open) items.push({ uri: key, keys: cachedKeys(doc) });
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
	const documentOf = (key: string, fresh: boolean) => open.get(key) ?? (fresh ? workspace.fresh(key) : workspace.get(key));
	const parsedGroup = (uris: readonly string[], except: string, fresh = false) => uris.filter(uri => uri !== except)
		.map(uri => documentOf(uri, fresh)).filter((d): d is ConfigDocument => d !== undefined);
	return {
		keysOf: uri => keysOf.get(canonicalUri(uri)),
		group: uri => groupOf.get(canonicalUri(uri)) ?? [canonicalUri(uri)],
		siblings: (uri, fresh) => parsedGroup(groupOf.get(canonicalUri(uri)) ?? [], canonicalUri(uri), fresh),
		likelySiblings(doc) {
			const key = canonicalUri(doc.uri);
			const own = parsedGroup(groupOf.get(key) ?? [], key);
			if (own.length > 0) return own;
			const group = advertisedKeys(doc).map(k => groupOfKey.get(k)).find(g => g !== undefined);
			return group ? parsedGroup(group, key) : [];
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
