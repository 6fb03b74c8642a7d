import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { cachedKeys, parseDocument, recogniseFile, sameKeys, type ConfigDocument } from './engine';
import { notAnalysed, type Limit } from './analysisLimits';
import { clusterView, type ClusterView } from './clusterView';
import { createWorkspace, type Workspace } from './workspace';

/**
 * The documents the server knows: those open in the editor (their unsaved text), the indexed files of the
 * workspace, and the clusters they form. Parses and verdicts are kept per text, not per version number: an editor
 * that opens a file again restarts its versions, and the same text must not be parsed twice.
 */
export interface Documents {
	/** The editor's open documents, as the protocol library keeps them. */
	readonly store: TextDocuments<TextDocument>;
	readonly workspace: Workspace;
	/** An open document parsed as it is now; undefined when it is not open, past the limits, or another tool's file. */
	open(uri: string): ConfigDocument | undefined;
	/** A document as the engine sees it: open and unsaved text first, else the file on disk. */
	get(uri: string): ConfigDocument | undefined;
	/** Why an open document is not analysed, if it passes a limit. */
	limit(uri: string): Limit | undefined;
	/** The clusters of open and indexed files, made again only when a file's cluster keys change. */
	clusters(): ClusterView;
	/** After `uri` changed (edited, saved, opened, closed): keeps the cluster view when its keys stayed the same. */
	changed(uri: string): void;
	/** A closed document: its parse and verdicts go. */
	closed(uri: string): void;
	/** Drops the cluster view and the parses of open documents (a rescan, another setting). */
	regroup(): void;
}

export function createDocuments(log: (message: string) => void): Documents {
	const store = new TextDocuments(TextDocument);
	const workspace = createWorkspace(log);
	const parsed = new Map<string, { text: string; doc: ConfigDocument | undefined }>();
	const limits = new Map<string, { text: string; limit: Limit | undefined }>();
	/** The open documents, parsed as they are now: the cluster view reads them through this map. */
	const openDocs = new Map<string, ConfigDocument>();
	let view: ClusterView | undefined;

	const limit = (uri: string): Limit | undefined => {
		const text = store.get(uri)?.getText();
		if (text === undefined) return undefined;
		let known = limits.get(uri);
		if (known?.text !== text) limits.set(uri, known = { text, limit: notAnalysed(text) });
		return known.limit;
	};
	const open = (uri: string): ConfigDocument | undefined => {
		const text = store.get(uri)?.getText();
		if (text === undefined || limit(uri)) return undefined;
		const cached = parsed.get(uri);
		if (cached?.text === text) return cached.doc;
		// A Kubernetes manifest named etcd.yaml, a compose file or a unit opened in the editor: not read as an etcd config.
		const doc = recogniseFile(pathOf(uri), text, true) === 'etcd-config' ? parseDocument(uri, text, workspace.hints(uri)) : undefined;
		parsed.set(uri, { text, doc });
		return doc;
	};
	const clusters = (): ClusterView => {
		if (!view) {
			openDocs.clear();
			for (const document of store.all()) {
				const doc = open(document.uri);
				if (doc) openDocs.set(document.uri, doc);
			}
			view = clusterView(workspace, openDocs);
		}
		return view;
	};
	return {
		store,
		workspace,
		open,
		get: uri => open(uri) ?? workspace.get(uri),
		limit,
		clusters,
		changed(uri) {
			const doc = open(uri);
			if (doc) openDocs.set(uri, doc); else openDocs.delete(uri);
			const keys = doc ? cachedKeys(doc, workspace.statedOf(uri)) : workspace.keys(uri);
			if (!view || !sameKeys(keys, view.keysOf(uri))) view = undefined;
		},
		closed(uri) {
			parsed.delete(uri);
			limits.delete(uri);
		},
		regroup() {
			view = undefined;
			// A rescan may have learnt that compose reads a file: its open text is parsed again.
			parsed.clear();
		},
	};
}

/** The document's path for judging its name (its URI's path where it is no file). */
function pathOf(uri: string): string {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri).replaceAll('\\', '/') : new URL(uri).pathname;
	} catch {
		return uri;
	}
}
