import { fileURLToPath, pathToFileURL } from 'node:url';
import { indexClusters, siblingsOf, type ClusterIndex } from './engine/cluster/index';
import type { ConfigDocument } from './engine/model';
import { parseDocument } from './engine/parse';
import { findWorkspaceFiles, readIndexedFile, type FileFilter } from './workspaceFiles';

/**
 * The etcd config files of the workspace folders, parsed, with the clusters they form. Open documents are
 * laid over the files on disk by the caller (their unsaved text wins).
 */
export interface Workspace {
	/** Indexes every config file below the folders (file URIs), replacing what was indexed before. */
	scan(folders: readonly string[], filter: FileFilter): Promise<void>;
	/** Re-reads one file after a change on disk; a file that is gone or too large leaves the index. */
	refresh(uri: string): Promise<void>;
	remove(uri: string): void;
	/** The indexed document, if the file is in the index. */
	get(uri: string): ConfigDocument | undefined;
	uris(): IterableIterator<string>;
	size(): number;
}

export function createWorkspace(log: (message: string) => void): Workspace {
	const docs = new Map<string, ConfigDocument>();
	const load = async (uri: string): Promise<void> => {
		const { text, skipped } = await readIndexedFile(fileURLToPath(uri));
		if (text === undefined) {
			docs.delete(uri);
			log(`skipped ${uri}: ${skipped}`);
		} else {
			docs.set(uri, parseDocument(uri, text));
		}
	};
	return {
		async scan(folders, filter) {
			docs.clear();
			for (const folder of folders.filter(f => f.startsWith('file:'))) {
				const paths = await findWorkspaceFiles(fileURLToPath(folder), filter, (path, why) => log(`skipped ${path}: ${why}`));
				// A few reads at a time: tens of thousands at once would run out of file descriptors.
				for (let i = 0; i < paths.length; i += 64) {
					await Promise.all(paths.slice(i, i + 64).map(path => load(pathToFileURL(path).toString())));
				}
			}
		},
		refresh: load,
		remove: uri => void docs.delete(uri),
		get: uri => docs.get(uri),
		uris: () => docs.keys(),
		size: () => docs.size,
	};
}

/** Open documents over indexed files: the documents the checks see, and their clusters. */
export function clusterView(workspace: Workspace, open: ReadonlyMap<string, ConfigDocument>): { index: ClusterIndex; siblings: (uri: string) => ConfigDocument[] } {
	const all = new Map<string, ConfigDocument>();
	for (const uri of workspace.uris()) all.set(uri, workspace.get(uri)!);
	for (const [uri, doc] of open) all.set(uri, doc);
	const index = indexClusters(all.values());
	return { index, siblings: uri => siblingsOf(index, uri) };
}
