import { TextDocuments, type TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cachedKeys, fileUriOf, isCheckedKind, loadLinksOf, loadsFiles, loadTargets, parseDocument, parsePatroni, patroniFormat, recogniseFile, sameKeys, type ConfigDocument, type LoadLink, type LoadTargets, type PatroniDocument} from './engine';
import { notAnalysed, type Limit } from './analysisLimits';
import { clusterView, type ClusterView } from './clusterView';
import { canonicalUri, isFileUri, uriPath } from './uris';
import { createWorkspace, type Workspace } from './workspace';

/**
 * The documents the server knows: those open in the editor (their unsaved text), the indexed files of the
 * workspace, and the clusters they form. Files are keyed by VS Code's spelling of their URI (uris.ts), so a file
 * indexed from disk and opened by the editor is one file; answers about an open document use the client's spelling.
 * Parses and verdicts are kept per text, not per version number: an editor that opens a file again restarts its
 * versions, and the same text must not be parsed twice.
 */
export interface Documents {
	/** The editor's open documents, as the protocol library keeps them. */
	readonly store: TextDocuments<TextDocument>;
	readonly workspace: Workspace;
	/** An open document parsed as it is now; undefined when it is not open or past the limits. */
	open(uri: string): ConfigDocument | undefined;
	/** A Patroni file, open (its unsaved text) or indexed. */
	patroni(uri: string): PatroniDocument | undefined;
	/** Every Patroni file: the open ones over the indexed ones. */
	patroniFiles(): PatroniDocument[];
	/** A document as the engine sees it: open and unsaved text first, else the file on disk. */
	get(uri: string): ConfigDocument | undefined;
	/** The URI to answer the client in: its own spelling for an open document, VS Code's otherwise. */
	clientUri(uri: string): string;
	/** The version of an open document, or null for a file that is not open. */
	version(uri: string): number | null;
	/** Why an open document is not analysed, if it passes a limit. */
	limit(uri: string): Limit | undefined;
	/** The clusters of open and indexed files, made again only when a file's cluster keys change. */
	clusters(): ClusterView;
	/** The env files a unit or compose file loads, or the units and compose services that load an env file. */
	links(uri: string): LoadLink[];
	/** The files linked to this one (see links), by VS Code's spelling of their URIs. */
	linkedFiles(uri: string): string[];
	/** After `uri` changed (edited, saved, opened, closed): keeps the cluster view when its keys stayed the same. */
	changed(uri: string): void;
	/** A closed document: its parse and verdicts go. */
	closed(uri: string): void;
	/** Drops the cluster view (a rescan, another setting). */
	regroup(): void;
}

/**
 * The protocol library's update, one change at a time and each range clamped to the text as it then is: given a
 * range past the last line, the library keeps the text right but miscounts its lines, and every position after it
 * would point elsewhere.
 */
function update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
	let current = document;
	for (const change of changes) {
		const clamped = 'range' in change
			? { ...change, range: { start: current.positionAt(current.offsetAt(change.range.start)), end: current.positionAt(current.offsetAt(change.range.end)) } }
			: change;
		current = TextDocument.update(current, [clamped], version);
	}
	return current;
}

export function createDocuments(log: (message: string) => void): Documents {
	const store = new TextDocuments({ create: TextDocument.create, update });
	const workspace = createWorkspace(log);
	/** The client's spelling of each open document, by VS Code's. */
	const spelling = new Map<string, string>();
	const parsed = new Map<string, { text: string; doc: ConfigDocument | undefined; patroni?: PatroniDocument }>();
	/** The open documents that are Patroni files (by VS Code's spelling): few, and asked for after every change. */
	const openPatroniKeys = new Set<string>();
	const limits = new Map<string, { text: string; limit: Limit | undefined }>();
	/** The open documents, parsed as they are now: the cluster view reads them through this map. */
	const openDocs = new Map<string, ConfigDocument>();
	let view: ClusterView | undefined;
	/** The files a loader's path may name: every known file, gathered again with the cluster view (a file came or went). */
	let targets: { view: ClusterView; targets: LoadTargets } | undefined;
	store.onDidOpen(event => spelling.set(canonicalUri(event.document.uri), event.document.uri));
	store.onDidClose(event => spelling.delete(canonicalUri(event.document.uri)));

	const clientUri = (uri: string) => spelling.get(canonicalUri(uri)) ?? uri;
	const textOf = (uri: string) => store.get(clientUri(uri))?.getText();
	const limit = (uri: string): Limit | undefined => {
		const text = textOf(uri);
		if (text === undefined) return undefined;
		const key = canonicalUri(uri);
		let known = limits.get(key);
		if (known?.text !== text) limits.set(key, known = { text, limit: notAnalysed(text) });
		return known.limit;
	};
	const open = (uri: string): ConfigDocument | undefined => {
		const text = textOf(uri);
		if (text === undefined || limit(uri)) return undefined;
		const key = canonicalUri(uri);
		const cached = parsed.get(key);
		if (cached?.text === text) return cached.doc;
		// A Kubernetes manifest named etcd.yaml, a compose file or a unit opened in the editor: not read as an etcd config.
		const kind = recogniseFile(pathOf(key), text, true);
		const doc = isCheckedKind(kind) ? parseDocument(clientUri(uri), text, workspace.hints(key)) : undefined;
		const patroni = kind === 'patroni' ? parsePatroni(clientUri(uri), text, patroniFormat(text)) : undefined;
		parsed.set(key, { text, doc, patroni });
		if (patroni) openPatroniKeys.add(key); else openPatroniKeys.delete(key);
		return doc;
	};
	const openPatroni = (uri: string): PatroniDocument | undefined => {
		open(uri);
		const text = textOf(uri);
		const cached = parsed.get(canonicalUri(uri));
		return text !== undefined && cached?.text === text ? cached.patroni : undefined;
	};
	const patroniFiles = (): PatroniDocument[] => {
		const opened = [...openPatroniKeys].map(key => openPatroni(clientUri(key))).filter((d): d is PatroniDocument => d !== undefined);
		const keys = new Set(opened.map(doc => canonicalUri(doc.uri)));
		return [...opened, ...[...workspace.patroniFiles()].filter(doc => !keys.has(canonicalUri(doc.uri)) && textOf(doc.uri) === undefined)];
	};
	const clusters = (): ClusterView => {
		if (!view) {
			openDocs.clear();
			for (const document of store.all()) {
				const doc = open(document.uri);
				if (doc) openDocs.set(canonicalUri(document.uri), doc);
			}
			view = clusterView(workspace, openDocs);
		}
		return view;
	};
	const get = (uri: string) => open(uri) ?? workspace.get(uri);
	const links = (uri: string): LoadLink[] => {
		const doc = get(uri);
		if (!doc) return [];
		const current = clusters();
		// Units and compose files, the open ones as they are now: few, so they are looked through for each file.
		const keys = new Set<string>();
		for (const file of workspace.files()) if (file.loads && !openDocs.has(file.uri)) keys.add(file.uri);
		for (const [key, open] of openDocs) if (loadsFiles(open)) keys.add(key);
		// Without a loader there is no link: the names of every file are gathered only when one may be needed.
		if (keys.size === 0) return [];
		if (targets?.view !== current) targets = { view: current, targets: loadTargets(new Set([...[...workspace.files()].map(file => file.uri), ...openDocs.keys()])) };
		// A file that loads others is loaded by none: only an env file reads the loaders.
		const loaders = loadsFiles(doc) ? [] : [...keys].map(get).filter((d): d is ConfigDocument => d !== undefined);
		return loadLinksOf(doc, loaders, targets.targets, get);
	};
	return {
		store,
		workspace,
		open,
		get,
		links,
		linkedFiles: uri => [...new Set(links(uri).flatMap(link => [link.loader.uri, link.loaded.uri]).map(other => canonicalUri(fileUriOf(other))))].filter(other => other !== canonicalUri(uri)),
		patroni: uri => openPatroni(uri) ?? (textOf(uri) === undefined ? [...workspace.patroniFiles()].find(doc => canonicalUri(doc.uri) === canonicalUri(uri)) : undefined),
		patroniFiles,
		clientUri,
		version: uri => store.get(clientUri(uri))?.version ?? null,
		limit,
		clusters,
		changed(uri) {
			const key = canonicalUri(uri);
			const doc = open(uri);
			if (doc) openDocs.set(key, doc); else openDocs.delete(key);
			const keys = doc ? cachedKeys(doc, workspace.statedOf(key)) : workspace.keys(key);
			if (!view || !sameKeys(keys, view.keysOf(key))) view = undefined;
		},
		closed(uri) {
			parsed.delete(canonicalUri(uri));
			openPatroniKeys.delete(canonicalUri(uri));
			limits.delete(canonicalUri(uri));
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
		return isFileUri(uri) ? uriPath(uri).replaceAll('\\', '/') : new URL(uri).pathname;
	} catch {
		return uri;
	}
}
