import {
	cachedKeys, isCheckedKind, loadsFiles, matchesAny, parseDocument, parsePatroni, patroniFormat, recogniseFile, workspaceSymbols,
	type ClusterKeys, type ConfigDocument, type Keyed, type ParseHints, type PatroniDocument,
} from './engine';
import { limitMessage, notAnalysed } from './analysisLimits';
import { basename, relative, sep } from 'node:path';
import { composeFileName, composeReaders } from './composeFiles';
import { canonicalUri, fileUri, isFileUri, uriPath } from './uris';
import { findWorkspaceFiles, readIndexedFile, wanted, yieldToRequests, type FileFilter } from './workspaceFiles';

/**
 * What the index keeps of a closed file: the keys that join it to a cluster and its member name for workspace
 * symbols. Not its text: with tens of thousands of files that alone is tens of megabytes, and the few files a
 * request needs are read again (a watched change re-indexes a file, so keys and text stay in step).
 */
export interface IndexedFile extends Keyed {
	/** The member's name and where it stands (line, first and last character): a symbol costs more than this. */
	readonly member?: readonly [name: string, line: number, start: number, end: number];
	/** A unit or compose file that loads env files into etcd's environment (see the engine's cluster/loading.ts). */
	readonly loads?: true;
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
	/** What the index knows of a file that its parse needs: whether compose reads it. */
	hints(uri: string): ParseHints;
	/** The cluster keys of an indexed file. */
	keys(uri: string): ClusterKeys | undefined;
	/** The workspace folder a file is in ('' outside every folder): files of different folders are never one cluster. */
	scopeOf(uri: string): string;
	/** The cluster the `etcd.cluster.groups` setting names for a file. */
	statedOf(uri: string): string | undefined;
	files(): IterableIterator<IndexedFile>;
	size(): number;
	/** The Patroni files of the workspace folders, parsed (they are few and small: kept whole). */
	patroniFiles(): IterableIterator<PatroniDocument>;
}

/** Parsed files kept for the next request: a cluster's members are asked for again and again. */
const parsedCacheSize = 512;

export function createWorkspace(log: (message: string) => void): Workspace {
	const files = new Map<string, IndexedFile>();
	const patroni = new Map<string, PatroniDocument>();
	const parsed = new Map<string, ConfigDocument>();
	/** Counts scans: a scan that a newer one overtook (a folder removed while indexing) stops adding files. */
	let scans = 0;
	let scanned: { folders: string[]; filter: FileFilter } = { folders: [], filter: { include: [], exclude: [] } };
	/** The env files that compose files name (paths): compose reads them, not systemd. */
	const byCompose = composeReaders();
	const hints = (uri: string): ParseHints => isFileUri(uri) ? { composeEnvFile: byCompose.has(uriPath(uri)) } : {};
	/** Where a file stands in its folder, and whether the user's include globs name it (then its content need not prove it). */
	const place = (path: string) => {
		// The innermost folder, when one folder holds another.
		const folder = scanned.folders.filter(f => path.startsWith(f + sep)).sort((a, b) => b.length - a.length)[0];
		const below = folder ? relative(folder, path).split(sep).join('/') : path.split(sep).join('/');
		return { folder, below, named: matchesAny(below, scanned.filter.include) };
	};
	const scopeOf = (uri: string): string => isFileUri(uri) ? place(uriPath(uri)).folder ?? '' : uri;
	const statedOf = (uri: string): string | undefined => {
		if (!isFileUri(uri)) return undefined;
		const { below } = place(uriPath(uri));
		return scanned.filter.groups?.find(group => matchesAny(below, group.globs))?.name;
	};
	/** Reads and indexes a file (by its key); the parse is returned, for a caller that wants to keep it. */
	const load = (key: string): ConfigDocument | undefined => {
		parsed.delete(key);
		const path = uriPath(key);
		const { text, skipped } = readIndexedFile(path);
		const limit = text === undefined ? undefined : notAnalysed(text);
		const reason = skipped ?? (limit && limitMessage(limit));
		patroni.delete(key);
		if (text === undefined || reason) {
			files.delete(key);
			log(`skipped ${key}: ${reason}`);
			return undefined;
		}
		const { below, named } = place(path);
		// Another tool's file, or a generic name without etcd settings inside: not indexed, and nothing to say.
		const kind = recogniseFile(below, text, named);
		if (kind === 'patroni') patroni.set(key, parsePatroni(key, text, patroniFormat(text)));
		if (!isCheckedKind(kind)) {
			files.delete(key);
			return undefined;
		}
		const doc = parseDocument(key, text, hints(key));
		const [symbol] = workspaceSymbols('', [doc]);
		const at = symbol?.location.range;
		files.set(key, { uri: key, keys: cachedKeys(doc, statedOf(key)), scope: scopeOf(key), member: symbol && at ? [symbol.name, at.start.line, at.start.character, at.end.character] : undefined, ...(loadsFiles(doc) ? { loads: true as const } : {}) });
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
		doc = doc ? load(key) : parseDocument(key, text, hints(key));
		if (!doc) return undefined;
		if (parsed.size >= parsedCacheSize) parsed.delete(parsed.keys().next().value!);
		parsed.set(key, doc);
		return doc;
	};
	const refreshCompose = (composePath: string): void => {
		const changed = byCompose.refresh(composePath);
		for (const file of [...files.keys()]) if (changed(uriPath(file))) load(file);
	};
	return {
		async scan(folders, filter) {
			const scan = ++scans;
			scanned = { folders: folders.filter(isFileUri).map(uriPath), filter };
			files.clear();
			patroni.clear();
			parsed.clear();
			byCompose.clear();
			for (const folder of scanned.folders) {
				const paths = await findWorkspaceFiles(folder, filter, (path, why) => log(`skipped ${path}: ${why}`));
				if (scan !== scans) return;
				byCompose.add(paths);
				// Synchronous reads in slices: a promise per file costs more than the read, and between slices the
				// server answers whatever the editor asked meanwhile.
				for (let i = 0; i < paths.length; i++) {
					if (i % 64 === 63) await yieldToRequests();
					if (scan !== scans) return;
					load(fileUri(paths[i]));
				}
			}
		},
		// The watcher's globs are broad (`*.j2`, `*.sample`): only what the scan would have taken is indexed. A compose
		// file that changed may name other env files: those of its folder are read again.
		refresh: async uri => {
			const key = canonicalUri(uri);
			const path = uriPath(key);
			// A compose file may name other env files (those of its folder are read again), and may run etcd itself.
			if (composeFileName.test(basename(path))) refreshCompose(path);
			const { folder, below } = place(path);
			if (folder && wanted(below, scanned.filter)) load(key);
			else {
				files.delete(key);
				patroni.delete(key);
			}
		},
		hints: uri => hints(canonicalUri(uri)),
		remove: uri => {
			files.delete(canonicalUri(uri));
			patroni.delete(canonicalUri(uri));
			parsed.delete(canonicalUri(uri));
		},
		get: uri => parsedFile(canonicalUri(uri), false),
		fresh: uri => parsedFile(canonicalUri(uri), true),
		keys: uri => files.get(canonicalUri(uri))?.keys,
		scopeOf: uri => scopeOf(canonicalUri(uri)),
		statedOf: uri => statedOf(canonicalUri(uri)),
		files: () => files.values(),
		size: () => files.size,
		patroniFiles: () => patroni.values(),
	};
}
