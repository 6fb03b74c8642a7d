import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CodeLensRefreshRequest, InlayHintRefreshRequest, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError,
	type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import {
	clusterSignature, containerGlobs, envConfigGlobs, messagesFor, patroniGlobs, preloadDocs, rename, resolveLocale, unitGlobs, yamlConfigGlobs, type EngineSettings, type Locale,
} from './engine';
import { readSettings, watchedGlobs, type UserSettings } from './settings';
import { generateToken } from './token';
import { limitMessage } from './analysisLimits';
import { serverCapabilities } from './capabilities';
import { composeFileGlob } from './composeFiles';
import { createDocuments } from './documents';
import { createPublisher } from './publishing';
import { patroniContextIn, patroniFilesOfCluster } from './patroniFiles';
import { workEnds, workStarts } from './heapMode';
import { canonicalUri } from './uris';
import { versioned, type EditSupport } from './workspaceEdits';
import { withoutSchemaFindings } from './yamlCompanion';
import { answerRequests, contextRequest, type ServerContext } from './requests';

/** How long an edit waits for the next keystroke before its file is checked (ms). */
const typingPause = 20;

/** Templates of any name: a rendered config may be called anything (see the engine's parse/origin.ts). */
const templateGlob = '**/*.{j2,jinja,jinja2,tmpl,gtpl,tpl}';

// dist/serverMain.js sits next to docs/ in the package.
const rulesDocBase = pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString();

/** Wires the engine to one LSP connection. All mutable state of the server lives here. */
export function startServer(connection: Connection): void {
	const documents = createDocuments(message => connection.console.log(message));
	const settingsCache = new Map<string, Promise<UserSettings>>();
	let folders: string[] = [];
	let pullConfiguration = false;
	/** The editor's display language from `initialize` (VS Code sends it); `etcd.language` overrides it. */
	let clientLocale: string | undefined;
	let watchFiles = false;
	let folderEvents = false;
	let lensRefresh = false;
	let inlayRefresh = false;
	let edits: EditSupport = { documentChanges: false, resolveEdit: false };
	let pushedSettings: unknown;
	/** Red Hat's YAML extension is installed and shows our schema's findings (see yamlCompanion.ts). */
	let yamlCompanion = false;
	/** `shutdown` was asked: LSP has every later request refused with InvalidRequest, until `exit`. */
	let shutDown = false;

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

	/** The language of the last file checked: the hover docs to load ahead (see the publisher's idle). */
	let checkedLocale: Locale | undefined;
	async function engineSettings(uri: string): Promise<EngineSettings> {
		const settings = await settingsFor(uri);
		checkedLocale = localeOf(settings);
		return {
			version: settings.version, rules: settings.rules, rulesDocBase, newToken: () => generateToken(settings.tokenLength),
			locale: checkedLocale, sortByGroup: settings.sortByGroup,
		};
	}

	const docsLoaded = new Set<Locale>();
	const publisher = createPublisher({
		documents,
		engineSettings,
		async limitNotice(uri) {
			const limit = documents.limit(uri);
			if (!limit) return undefined;
			const message = limitMessage(limit, messagesFor(localeOf(await settingsFor(uri))).features);
			return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'etcd', message }];
		},
		filter: (doc, diagnostics) => yamlCompanion ? withoutSchemaFindings(doc, diagnostics) : diagnostics,
		send: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
		idle() {
			workEnds();
			// The hover docs load on first use: while nothing else runs, so that the first hover does not wait for them.
			if (checkedLocale === undefined || docsLoaded.has(checkedLocale)) return;
			docsLoaded.add(checkedLocale);
			preloadDocs(checkedLocale);
		},
	});
	/** What the other members' checks read of each file, as it was when it last changed (engine's clusterSignature). */
	const signatures = new Map<string, string | undefined>();

	/**
	 * After a change to `uri`: re-checks it, and the files of its cluster before and after the change where the
	 * grouping or what they read of it changed. `delay` lets a burst of keystrokes end before the work starts.
	 */
	function changed(uri: string, update: () => void | Promise<void>, delay = 0): Promise<void> {
		workStarts();
		const key = canonicalUri(uri);
		const before = documents.clusters().group(uri);
		// A unit and the env file it loads are one member: each is checked again when the other changes.
		const linkedBefore = documents.linkedFiles(uri);
		return Promise.resolve(update()).then(() => {
			documents.changed(uri);
			const after = documents.clusters().group(uri);
			const linked = [...new Set([...linkedBefore, ...documents.linkedFiles(uri)])];
			const doc = documents.get(uri);
			const signature = doc && clusterSignature(doc);
			const reread = before.join('\n') !== after.join('\n') || signature !== signatures.get(key);
			signatures.set(key, signature);
			const others = reread ? [...new Set([...before, ...after])].filter(other => other !== key) : [];
			// The open Patroni files read every etcd file's client URLs and the other Patroni files: checked again.
			const patroni = documents.patroniFiles().map(file => file.uri).filter(file => canonicalUri(file) !== key && documents.store.get(file));
			// The cluster lens of the other open files may now read differently; it names the Patroni files too.
			if (lensRefresh && (others.length > 0 || documents.patroni(uri))) void connection.sendRequest(CodeLensRefreshRequest.type);
			publisher.schedule([uri, ...others, ...linked, ...patroni], delay);
		});
	}

	async function rescan(): Promise<void> {
		const settings = await settingsFor(folders[0] ?? '');
		const filesExclude = pullConfiguration ? await connection.workspace.getConfiguration('files.exclude').catch(() => ({})) : {};
		await documents.workspace.scan(folders, watchedGlobs(settings, filesExclude));
		connection.console.log(`indexed ${documents.workspace.size()} etcd config files`);
		documents.regroup();
		// Group the clusters now, while nobody waits: the first file opened then costs only its own checks.
		const clusters = documents.clusters();
		publisher.schedule([...new Set(documents.store.all().flatMap(document => clusters.group(document.uri)))]);
		await publisher.idle();
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
		edits = {
			documentChanges: params.capabilities.workspace?.workspaceEdit?.documentChanges === true,
			resolveEdit: params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
		};
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
				watchers: [...envConfigGlobs, ...yamlConfigGlobs, ...unitGlobs, ...containerGlobs, ...patroniGlobs, templateGlob, composeFileGlob, ...settings.clusterInclude]
					.map(globPattern => ({ globPattern })),
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
		() => change.type === FileChangeType.Deleted ? documents.workspace.remove(change.uri) : documents.workspace.refresh(change.uri))))));

	connection.onDidChangeConfiguration(change => void guard('settings', () => {
		const settings = (change.settings as { etcd?: unknown } | null)?.etcd;
		if (settings !== undefined) pushedSettings = settings;
		settingsCache.clear();
		// Lenses and hints are asked for again only after an edit: a new language or version must show now.
		if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
		if (inlayRefresh) void connection.sendRequest(InlayHintRefreshRequest.type);
		return rescan();
	}));

	// An edit waits a moment for the next keystroke; a file just opened is checked at once.
	const justOpened = new Set<string>();
	documents.store.onDidOpen(event => {
		justOpened.add(event.document.uri);
		publisher.forget(event.document.uri);
	});
	documents.store.onDidChangeContent(change => void guard('diagnostics', () => {
		const delay = justOpened.delete(change.document.uri) ? 0 : typingPause;
		return changed(change.document.uri, () => undefined, delay);
	}));
	documents.store.onDidClose(event => void guard('close', () => changed(event.document.uri, () => {
		documents.closed(event.document.uri);
		settingsCache.delete(event.document.uri);
		signatures.delete(canonicalUri(event.document.uri));
	})));

	connection.onShutdown(() => { shutDown = true; });
	const context: ServerContext = {
		documentOf: uri => documents.get(uri), settingsFor, localeOf, engineSettings, clusters: () => documents.clusters(),
		guard: (what, run) => shutDown ? Promise.reject(new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down')) : guard(what, run),
		get yamlCompanion() { return yamlCompanion; },
		get firstFolder() { return folders[0] ?? ''; },
		get edits() { return edits; },
		versionOf: uri => documents.version(uri),
		patroniOf: uri => documents.get(uri) ? undefined : documents.patroni(uri),
		patroniContext: async doc => patroniContextIn(documents, doc, await engineSettings(doc.uri)),
		patroniFilesOf: uri => patroniFilesOfCluster(documents, uri),
		linksOf: uri => documents.links(uri),
	};
	answerRequests(connection, context);
	// Rename is answered here: its refusal is a ResponseError, and each module importing values from the protocol
	// library copies its exports at start (see capabilities.ts).
	connection.onRenameRequest(async params => {
		const found = await contextRequest(context, 'rename', params, (doc, ctx) => rename(doc, { position: params.position, newName: params.newName }, ctx), 'fresh');
		const edit = found && versioned(found, context.versionOf, context.edits);
		if (edit === null && /[\s,=]/.test(params.newName)) {
			const { features } = messagesFor(localeOf(await settingsFor(params.textDocument.uri)));
			throw new ResponseError(ErrorCodes.InvalidParams, features.memberNameInvalid);
		}
		return edit;
	});

	documents.store.listen(connection);
	connection.listen();
}
