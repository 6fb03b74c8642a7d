import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { advertisedKeys, cachedKeys, groupByKeys, parseDocument, workspaceSymbols, type ConfigDocument, type Keyed } from './engine';
import { limitMessage, notAnalysed } from './analysisLimits';
import { relative, sep } from 'node:path';
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

/** The etcd config files of the workspace folders. Open documents are laid over them by `clusterView`. */
export interface Workspace {
	/** Indexes every config file below the folders (file URIs), replacing what was indexed before. */
	scan(folders: readonly string[], filter: FileFilter): Promise<void>;
	/** Re-reads one file after a change on disk; a file that is gone, too large or not one the scan would take leaves the index. */
	refresh(uri: string): Promise<void>;
	remove(uri: string): void;
	/** The file parsed, if it is in the index. */
	get(uri: string): ConfigDocument | undefined;
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
	const load = (uri: string): void => {
		parsed.delete(uri);
		const { text, skipped } = readIndexedFile(fileURLToPath(uri));
		const limit = text === undefined ? undefined : notAnalysed(text);
		const reason = skipped ?? (limit && limitMessage(limit));
		if (text === undefined || reason) {
			files.delete(uri);
			log(`skipped ${uri}: ${reason}`);
			return;
		}
		const doc = parseDocument(uri, text);
		const [symbol] = workspaceSymbols('', [doc]);
		const at = symbol?.location.range;
		files.set(uri, { uri, keys: cachedKeys(doc), member: symbol && at ? [symbol.name, at.start.line, at.start.character, at.end.character] : undefined });
	};
	return {
		async scan(folders, filter) {
			const scan = ++scans;
			scanned = { folders: folders.filter(f => f.startsWith('file:')).map(f => fileURLToPath(f)), filter };
			files.clear();
			parsed.clear();
			for (const folder of folders.filter(f => f.startsWith('file:'))) {
				const paths = await findWorkspaceFiles(fileURLToPath(folder), filter, (path, why) => log(`skipped ${path}: ${why}`));
				if (scan !== scans) return;
				// Synchronous reads in slices: a promise per file costs more than the read, and between slices the
				// server answers whatever the editor asked meanwhile.
				for (let i = 0; i < paths.length; i++) {
					if (i % 64 === 63) await yieldToRequests();
					if (scan !== scans) return;
					load(pathToFileURL(paths[i]).toString());
				}
			}
		},
		// The watcher's globs are broad (`*.j2`, `*.sample`): only what the scan would have taken is indexed.
		refresh: async uri => {
			const path = fileURLToPath(uri);
			const folder = scanned.folders.find(f => path.startsWith(f + sep));
			if (folder && wanted(relative(folder, path).split(sep).join('/'), scanned.filter)) load(uri);
			else files.delete(uri);
		},
		remove: uri => {
			files.delete(uri);
			parsed.delete(uri);
		},
		get(uri) {
			const file = files.get(uri);
			if (!file) return undefined;
			let doc = parsed.get(uri);
			if (!doc) {
				const { text } = readIndexedFile(fileURLToPath(uri));
				// Gone since it was indexed: its deletion event is on its way.
				if (text === undefined) return undefined;
				if (parsed.size >= parsedCacheSize) parsed.delete(parsed.keys().next().value!);
				parsed.set(uri, doc = parseDocument(uri, text));
			}
			return doc;
		},
		keys: uri => files.get(uri)?.keys,
		files: () => files.values(),
		size: () => files.size,
	};
}

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
