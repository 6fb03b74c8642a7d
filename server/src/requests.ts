import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { CodeAction, Location, Position, Range } from 'vscode-languageserver-types';
import {
	codeActions, codeLenses, complete, definition, documentContext, documentLinks, documentSymbols, foldingRanges, format, hover,
	inlayHints, messagesFor, patroniCodeActions, patroniCodeLenses, patroniCompletion, patroniHover, prepareRename, references,
	type ConfigDocument, type EngineContext, type EngineSettings, type LoadLink, type Locale, type PathCandidate, type PatroniContext, type PatroniDocument,
} from './engine';
import type { UserSettings } from './settings';
import type { ClusterView } from './clusterView';
import { onKey, withoutSchemaCompletions } from './yamlCompanion';
import { convertCommand, convertUri, runConvert } from './convertCommand';
import { editsOtherFiles, sameAction, versioned, type DeferredAction, type EditSupport } from './workspaceEdits';

/** What the request adapters read from the server; server.ts owns all of it. */
export interface ServerContext {
	documentOf(uri: string): ConfigDocument | undefined;
	settingsFor(uri: string): Promise<UserSettings>;
	localeOf(settings: UserSettings): Locale;
	/** The settings of the document's folder in the engine's shape. */
	engineSettings(uri: string): Promise<EngineSettings>;
	clusters(): ClusterView;
	/** Runs a request; a failure is logged and answered with null, and the server keeps serving (after `shutdown`: InvalidRequest). */
	guard<T>(what: string, run: () => T | Promise<T>): Promise<T | null>;
	/** Red Hat's YAML extension shows our schema's findings (see yamlCompanion.ts). */
	readonly yamlCompanion: boolean;
	/** The first workspace folder, whose settings stand for the workspace as a whole. */
	readonly firstFolder: string;
	/** How the client takes edits. */
	readonly edits: EditSupport;
	/** The version of an open document; null for a file that is not open. */
	versionOf(uri: string): number | null;
	/** A Patroni file the server knows (open or indexed). */
	patroniOf(uri: string): PatroniDocument | undefined;
	/** Its context: the etcd cluster it talks to, the other Patroni files of that cluster. */
	patroniContext(doc: PatroniDocument): Promise<PatroniContext>;
	/** The Patroni files that talk to the cluster of an etcd file. */
	patroniFilesOf(uri: string): PatroniDocument[];
	/** The env files a unit or compose file loads, or what loads an env file (see the engine's cluster/loading.ts). */
	linksOf(uri: string): LoadLink[];
}

/** The parameters of every request on a document. */
interface DocumentParams {
	readonly textDocument: { readonly uri: string };
}

/** Runs a request on a document with its context (its cluster's other files, its folder's settings); null for a document it does not know. */
export function contextRequest<T>(server: ServerContext, what: string, params: DocumentParams, run: (doc: ConfigDocument, ctx: EngineContext) => T | Promise<T>, cluster: 'cached' | 'likely' | 'fresh' = 'cached'): Promise<T | null> {
	return server.guard(what, async () => {
		// Read inside the guard: malformed parameters are answered like any failing request.
		const uri = params.textDocument.uri;
		const doc = server.documentOf(uri);
		if (!doc) return null;
		// Requests that edit other files read them from disk again: an edit must match the file it is applied to.
		const members = () => cluster === 'likely' ? server.clusters().likelySiblings(doc) : server.clusters().siblings(uri, cluster === 'fresh');
		return await run(doc, documentContext(doc, await server.engineSettings(uri), members, () => server.patroniFilesOf(uri), () => server.linksOf(uri)));
	});
}

/** A request on a Patroni file, else `otherwise` (the etcd config's answer). */
function orPatroni<T>(server: ServerContext, what: string, params: DocumentParams, run: (doc: PatroniDocument, ctx: PatroniContext) => T, otherwise: () => Promise<T | null>): Promise<T | null> {
	// Malformed parameters (no textDocument) are left to the etcd path, which answers them as a failed request.
	const uri: unknown = params?.textDocument?.uri;
	const doc = typeof uri === 'string' ? server.patroniOf(uri) : undefined;
	return doc ? server.guard(what, async () => run(doc, await server.patroniContext(doc))) : otherwise();
}

/** One short adapter per request on a document: the engine answers, these only fetch its inputs. */
export function answerRequests(connection: Connection, server: ServerContext): void {
	connection.onHover(params => orPatroni(server, 'hover', params, (doc, ctx) => patroniHover(doc, params.position, ctx), () => contextRequest(server, 'hover', params, (doc, ctx) =>
		server.yamlCompanion && onKey(doc, params.position) ? null : hover(doc, params.position, ctx))));
	connection.onCodeAction(params => orPatroni(server, 'code actions', params, (doc, ctx) => patroniCodeActions(doc, params.range, ctx), () => contextRequest(server, 'code actions', params, (doc, ctx) =>
		codeActions(doc, { range: params.range, only: params.context.only }, ctx).map(action => listed(server, action, doc.uri, params)), 'fresh')));
	connection.onCodeActionResolve(action => server.guard('code action', () => resolved(server, action)).then(found => found ?? action));
	connection.onCompletion(params => orPatroni(server, 'completion', params, (doc, ctx) => patroniCompletion(doc, params.position, ctx), () => contextRequest(server, 'completion', params, (doc, ctx) => {
		const items = complete(doc, params.position, ctx);
		return server.yamlCompanion ? withoutSchemaCompletions(doc, items) : items;
	}, 'likely')));
	connection.onDefinition(params => contextRequest(server, 'definition', params, (doc, ctx) => {
		const found = definition(doc, params.position, ctx);
		return found.length > 0 ? found : existingFileAt(documentLinks(doc, ctx), params.position);
	}));
	connection.onReferences(params => contextRequest(server, 'references', params,
		(doc, ctx) => references(doc, { position: params.position, includeDeclaration: params.context.includeDeclaration }, ctx)));
	connection.onPrepareRename(params => contextRequest(server, 'rename', params, doc => prepareRename(doc, params.position)));
	connection.onDocumentFormatting(params => contextRequest(server, 'formatting', params, (doc, ctx) => format(doc, ctx)));
	connection.languages.inlayHint.on(params => contextRequest(server, 'inlay hints', params, async (doc, ctx) =>
		(await server.settingsFor(params.textDocument.uri)).inlayHints ? inlayHints(doc, params.range, ctx) : []));
	connection.onDocumentLinks(params => contextRequest(server, 'links', params, (doc, ctx) =>
		documentLinks(doc, ctx).filter(p => p.uri !== undefined || isFile(p.path)).map(p => ({ ...p.link, target: p.uri ?? pathToFileURL(p.path).toString() }))));
	connection.onFoldingRanges(params => contextRequest(server, 'folding', params, doc => foldingRanges(doc)));
	connection.onDocumentSymbol(params => contextRequest(server, 'symbols', params, (doc, ctx) => documentSymbols(doc, ctx)));
	connection.onWorkspaceSymbol(params => server.guard('workspace symbols', async () => {
		const container = messagesFor(server.localeOf(await server.settingsFor(server.firstFolder))).features.outline.memberContainer;
		return server.clusters().symbols(params.query).map(symbol => ({ ...symbol, containerName: container }));
	}));
	connection.onCodeLens(params => orPatroni(server, 'code lens', params, (doc, ctx) => patroniCodeLenses(doc, ctx), () => contextRequest(server, 'code lens', params, (doc, ctx) => codeLenses(doc, ctx))));
	connection.onExecuteCommand(params => server.guard('convert', async () => {
		if (params.command !== convertCommand) return null;
		return runConvert(params.arguments?.[0], uri => server.documentOf(uri), await server.engineSettings(convertUri(params.arguments?.[0])));
	}));
}

/** A code action as listed: an edit of other files is left for codeAction/resolve where the client asks for it then. */
function listed(server: ServerContext, action: CodeAction, uri: string, params: { range: Range; context: { only?: string[] } }): CodeAction {
	if (!action.edit) return action;
	if (server.edits.resolveEdit && editsOtherFiles(action, uri)) {
		const data: DeferredAction = { uri, range: params.range, only: params.context.only };
		return { ...action, edit: undefined, data };
	}
	return { ...action, edit: versioned(action.edit, server.versionOf, server.edits) };
}

/** A deferred action's edit, computed from the files as they are now; none where the fix no longer applies. */
async function resolved(server: ServerContext, action: CodeAction): Promise<CodeAction> {
	const data = action.data as DeferredAction | undefined;
	if (!data || typeof data.uri !== 'string') return action;
	const fresh = await contextRequest(server, 'code action', { textDocument: { uri: data.uri } },
		(doc, ctx) => codeActions(doc, { range: data.range, only: data.only }, ctx), 'fresh');
	const found = fresh && sameAction(fresh, action);
	return found?.edit ? { ...action, edit: versioned(found.edit, server.versionOf, server.edits) } : action;
}

/** Ctrl+click on a path opens the file where it exists: etcd files turn VS Code's underlines off (package.json). */
function existingFileAt(paths: readonly PathCandidate[], position: Position): Location[] {
	const at = paths.find(p => contains(p.link.range, position) && (p.uri !== undefined || isFile(p.path)));
	return at ? [{ uri: at.uri ?? pathToFileURL(at.path).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : [];
}

/** Only a file opens in an editor: a data directory would open an error page. */
function isFile(path: string): boolean {
	return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function contains(range: Range, position: Position): boolean {
	const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
	return after(position, range.start) && after(range.end, position);
}
