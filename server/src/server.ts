import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, fixAllKind } from './engine/features/codeActions';
import { hover } from './engine/features/hover';
import type { ConfigDocument } from './engine/model';
import { parseDocument } from './engine/parse';
import { validate, type ValidationSettings } from './engine/validate';
import { readSettings, type UserSettings } from './settings';
import { generateToken } from './token';

// dist/server.js sits next to docs/ in the package.
const rulesDocBase = pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString();

/** Wires the engine to one LSP connection. All mutable state of the server lives here. */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const parsed = new Map<string, { version: number; doc: ConfigDocument }>();
	const settingsCache = new Map<string, Promise<UserSettings>>();
	let pullConfiguration = false;
	let pushedSettings: unknown;

	function configDocument(uri: string): ConfigDocument | undefined {
		const text = documents.get(uri);
		if (!text) return undefined;
		const cached = parsed.get(uri);
		if (cached && cached.version === text.version) return cached.doc;
		const doc = parseDocument(uri, text.getText());
		parsed.set(uri, { version: text.version, doc });
		return doc;
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

	async function validationSettings(uri: string): Promise<ValidationSettings> {
		const settings = await settingsFor(uri);
		return { version: settings.version, rules: settings.rules, rulesDocBase, newToken: () => generateToken(settings.tokenLength) };
	}

	async function publishDiagnostics(uri: string): Promise<void> {
		const validation = await validationSettings(uri);
		const doc = configDocument(uri);
		if (!doc) return;
		await connection.sendDiagnostics({ uri, diagnostics: validate(doc, validation) });
	}

	function refreshAll(): void {
		settingsCache.clear();
		for (const document of documents.all()) void guard('diagnostics', () => publishDiagnostics(document.uri));
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
		pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllKind] },
			},
			serverInfo: { name: 'etcd-config-language-server' },
		};
	});

	connection.onDidChangeConfiguration(change => {
		const settings = (change.settings as { etcd?: unknown } | null)?.etcd;
		if (settings !== undefined) pushedSettings = settings;
		refreshAll();
	});

	documents.onDidChangeContent(change => void guard('diagnostics', () => publishDiagnostics(change.document.uri)));
	documents.onDidClose(event => {
		parsed.delete(event.document.uri);
		settingsCache.delete(event.document.uri);
		void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
	});

	connection.onHover(params => guard('hover', async () => {
		const doc = configDocument(params.textDocument.uri);
		if (!doc) return null;
		const settings = await settingsFor(params.textDocument.uri);
		return hover(doc, params.position, { version: settings.version });
	}));

	connection.onCodeAction(params => guard('code actions', async () => {
		const doc = configDocument(params.textDocument.uri);
		if (!doc) return null;
		return codeActions(doc, params.range, await validationSettings(params.textDocument.uri), params.context.only);
	}));

	documents.listen(connection);
	connection.listen();
}
