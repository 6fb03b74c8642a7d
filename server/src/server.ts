import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CodeLensRefreshRequest, InlayHintRefreshRequest, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError, TextDocuments,
	type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rename } from './engine/features/navigation';
import type { ConfigDocument } from './engine/model/configDocument';
import { parseDocument } from './engine/parse/parseDocument';
import { yamlConfigGlobs } from './engine/parse/fileNames';
import { validate, type ValidationSettings } from './engine/validate/validate';
import { resolveLocale, type Locale } from './engine/l10n/locale';
import { messagesFor } from './engine/l10n/messages';
import { readSettings, watchedGlobs, type UserSettings } from './settings';
import { generateToken } from './token';
import { cachedKeys } from './engine/cluster/groups';
import { clusterView, createWorkspace, type ClusterView } from './workspace';
import { limitMessage, notAnalysed, type Limit } from './analysisLimits';
import { serverCapabilities } from './capabilities';
import { withoutSchemaFindings } from './yamlCompanion';
import { answerRequests, clusterRequest, type ServerContext } from './requests';

// dist/serverMain.js sits next to docs/ in the package.
const rulesDocBase = pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString();

/** Wires the engine to one LSP connection. All mutable state of the server lives here. */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const parsed = new Map<string, { version: number; doc: ConfigDocument }>();
	const settingsCache = new Map<string, Promise<UserSettings>>();
	const workspace = createWorkspace(message => connection.console.log(message));
	let view: ClusterView | undefined;
	let folders: string[] = [];
	let pullConfiguration = false;
	/** The editor's display language from `initialize` (VS Code sends it); `etcd.language` overrides it. */
	let clientLocale: string | undefined;
	let watchFiles = false;
	let folderEvents = false;
	let lensRefresh = false;
	let inlayRefresh = false;
	let pushedSettings: unknown;
	/** Red Hat's YAML extension is installed and shows our schema's findings (see yamlCompanion.ts). */
	let yamlCompanion = false;
	/** `shutdown` was asked: LSP has every later request refused with InvalidRequest, until `exit`. */
	let shutDown = false;

	/** Open documents past the limits are not analysed: no etcd config is that large, and the editor must stay fast. */
	const limited = new Map<string, { version: number; reason: Limit | undefined }>();
	const tooLarge = (uri: string): Limit | undefined => {
		const document = documents.get(uri);
		if (!document) return undefined;
		let known = limited.get(uri);
		if (known?.version !== document.version) limited.set(uri, known = { version: document.version, reason: notAnalysed(document.getText()) });
		return known.reason;
	};

	function openDocument(uri: string): ConfigDocument | undefined {
		const text = documents.get(uri);
		if (!text || tooLarge(uri)) return undefined;
		const cached = parsed.get(uri);
		if (cached && cached.version === text.version) return cached.doc;
		const doc = parseDocument(uri, text.getText());
		parsed.set(uri, { version: text.version, doc });
		return doc;
	}

	/** An open document's unsaved text wins over the file on disk. */
	const documentOf = (uri: string) => openDocument(uri) ?? workspace.get(uri);

	/** The open documents, parsed as they are now: the cluster view reads them through this map. */
	const open = new Map<string, ConfigDocument>();

	function clusters(): ClusterView {
		if (!view) {
			open.clear();
			for (const document of documents.all()) {
				const doc = openDocument(document.uri);
				if (doc) open.set(document.uri, doc);
			}
			view = clusterView(workspace, open);
		}
		return view;
	}

	/** Keeps the cluster view when a file's cluster keys stay the same (an ordinary edit); rebuilds it otherwise. */
	function refreshView(uri: string): void {
		const doc = openDocument(uri);
		if (doc) open.set(uri, doc); else open.delete(uri);
		const keys = doc ? cachedKeys(doc) : workspace.keys(uri);
		const before = view?.keysOf(uri);
		if (!view || !keys || !before || keys.join('\n') !== before.join('\n')) view = undefined;
	}

	function settingsFor(uri: string): Promise<UserSettings> {
		let settings = settingsCache.get(uri);
		if (!settings) {
			settings = pullConfiguration
				? connection.workspace.getConfiguration({ scopeUri: uri, section: 'etcd' }).then(readSettings, () => readSettings(pushedSettings))
				: Promise.resolve(readSettings(pushedSettings));
			settingsCache.set(uri, settings);
		}
		return settings;
	}

	function localeOf(settings: UserSettings): Locale {
		return resolveLocale(settings.language, clientLocale);
	}

	async function validationSettings(uri: string): Promise<ValidationSettings> {
		const settings = await settingsFor(uri);
		return { version: settings.version, rules: settings.rules, rulesDocBase, newToken: () => generateToken(settings.tokenLength), locale: localeOf(settings) };
	}

	/** Diagnostics for a file whose cluster has an open document; files nobody looks at are cleared. */
	async function publish(uri: string): Promise<void> {
		const limit = tooLarge(uri);
		if (limit) {
			const message = limitMessage(limit, messagesFor(localeOf(await settingsFor(uri))).features);
			await connection.sendDiagnostics({ uri, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'etcd', message }] });
			return;
		}
		const doc = documentOf(uri);
		if (!doc || !clusters().group(uri).some(member => documents.get(member))) {
			await connection.sendDiagnostics({ uri, diagnostics: [] });
			return;
		}
		const diagnostics = validate(doc, await validationSettings(uri), clusters().siblings(uri));
		await connection.sendDiagnostics({ uri, diagnostics: yamlCompanion ? withoutSchemaFindings(doc, diagnostics) : diagnostics });
	}

	/** After a change to `uri`: invalidates the clusters and re-checks its cluster before and after the change. */
	function changed(uri: string, update: () => void | Promise<void>): Promise<void> {
		const before = clusters().group(uri);
		return Promise.resolve(update()).then(() => {
			refreshView(uri);
			const after = clusters().group(uri);
			// The cluster lens of the other open files may now read differently.
			if (lensRefresh && (before.length > 1 || after.length > 1)) void connection.sendRequest(CodeLensRefreshRequest.type);
			return Promise.all([...new Set([uri, ...before, ...after])].map(publish)).then(() => undefined);
		});
	}

	async function rescan(): Promise<void> {
		const settings = await settingsFor(folders[0] ?? '');
		const filesExclude = pullConfiguration ? await connection.workspace.getConfiguration('files.exclude').catch(() => ({})) : {};
		await workspace.scan(folders, watchedGlobs(settings, filesExclude));
		connection.console.log(`indexed ${workspace.size()} etcd config files`);
		view = undefined;
		// Group the clusters now, while nobody waits: the first file opened then costs only its own checks.
		clusters();
		const shown = new Set(documents.all().flatMap(document => clusters().group(document.uri)));
		await Promise.all([...shown].map(publish));
	}

	/** A failing request is logged and answered with null: the server keeps serving. */
	async function guard<T>(what: string, run: () => T | Promise<T>): Promise<T | null> {
		try {
			return await run();
		} catch (error) {
			connection.console.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			return null;
		}
	}

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		pullConfiguration = params.capabilities.workspace?.configuration === true;
		clientLocale = params.locale;
		watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		folderEvents = params.capabilities.workspace?.workspaceFolders === true;
		lensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
		inlayRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
		const options = params.initializationOptions as { settings?: unknown; yamlCompanion?: unknown } | undefined;
		pushedSettings = options?.settings;
		yamlCompanion = options?.yamlCompanion === true;
		folders = params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
		return {
			capabilities: serverCapabilities,
			serverInfo: { name: 'etcd-config-language-server' },
		};
	});

	connection.onInitialized(() => void guard('indexing', async () => {
		if (watchFiles) {
			const settings = await settingsFor(folders[0] ?? '');
			await connection.client.register(DidChangeWatchedFilesNotification.type, {
				watchers: ['**/{etcd,etcd.conf,etcd.env,*.etcd.env,*.j2}', ...yamlConfigGlobs, ...settings.clusterInclude].map(globPattern => ({ globPattern })),
			});
		}
		await rescan();
		if (folderEvents) {
			connection.workspace.onDidChangeWorkspaceFolders(event => void guard('folders', () => {
				const removed = new Set(event.removed.map(folder => folder.uri));
				folders = [...folders.filter(folder => !removed.has(folder)), ...event.added.map(folder => folder.uri)];
				return rescan();
			}));
		}
	}));

	connection.onDidChangeWatchedFiles(params => void guard('file change', () => Promise.all(params.changes.map(change => changed(change.uri,
		() => change.type === FileChangeType.Deleted ? workspace.remove(change.uri) : workspace.refresh(change.uri))))));

	connection.onDidChangeConfiguration(change => void guard('settings', () => {
		const settings = (change.settings as { etcd?: unknown } | null)?.etcd;
		if (settings !== undefined) pushedSettings = settings;
		settingsCache.clear();
		// Lenses and hints are asked for again only after an edit: a new language or version must show now.
		if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
		if (inlayRefresh) void connection.sendRequest(InlayHintRefreshRequest.type);
		return rescan();
	}));

	documents.onDidChangeContent(change => void guard('diagnostics', () => changed(change.document.uri, () => undefined)));
	documents.onDidClose(event => void guard('close', () => changed(event.document.uri, () => {
		parsed.delete(event.document.uri);
		limited.delete(event.document.uri);
		settingsCache.delete(event.document.uri);
	})));

	connection.onShutdown(() => { shutDown = true; });
	const context: ServerContext = {
		documentOf, settingsFor, localeOf, validationSettings, clusters,
		guard: (what, run) => shutDown ? Promise.reject(new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down')) : guard(what, run),
		get yamlCompanion() { return yamlCompanion; },
		get firstFolder() { return folders[0] ?? ''; },
	};
	answerRequests(connection, context);
	// Rename is answered here: its refusal is a ResponseError, and each module importing values from the protocol
	// library copies its exports at start (see capabilities.ts).
	connection.onRenameRequest(async params => {
		const edit = await clusterRequest(context, 'rename', params.textDocument.uri, (doc, cluster) => rename(doc, params.position, params.newName, cluster));
		if (edit === null && /[\s,=]/.test(params.newName)) {
			const { features } = messagesFor(localeOf(await settingsFor(params.textDocument.uri)));
			throw new ResponseError(ErrorCodes.InvalidParams, features.memberNameInvalid);
		}
		return edit;
	});

	documents.listen(connection);
	connection.listen();
}
