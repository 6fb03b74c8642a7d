import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { codeActions } from './engine/features/codeActions';
import { codeLenses } from './engine/features/codeLens';
import { complete } from './engine/features/completion';
import { hover } from './engine/features/hover';
import { foldingRanges } from './engine/features/folding';
import { format } from './engine/features/format';
import { inlayHints } from './engine/features/inlayHints';
import { documentLinks } from './engine/features/links';
import { definition, prepareRename, references } from './engine/features/navigation';
import { documentSymbols } from './engine/features/symbols';
import type { ConfigDocument } from './engine/model/configDocument';
import type { ValidationSettings } from './engine/validate/validate';
import type { Locale } from './engine/l10n/locale';
import { messagesFor } from './engine/l10n/messages';
import type { UserSettings } from './settings';
import { generateToken } from './token';
import type { ClusterView } from './workspace';
import { onKey, withoutSchemaCompletions } from './yamlCompanion';
import { convertCommand, convertUri, runConvert } from './convertCommand';

/** What the request adapters read from the server; server.ts owns all of it. */
export interface ServerContext {
	documentOf(uri: string): ConfigDocument | undefined;
	settingsFor(uri: string): Promise<UserSettings>;
	localeOf(settings: UserSettings): Locale;
	validationSettings(uri: string): Promise<ValidationSettings>;
	clusters(): ClusterView;
	/** Runs a request; a failure is logged and answered with null, and the server keeps serving (after `shutdown`: InvalidRequest). */
	guard<T>(what: string, run: () => T | Promise<T>): Promise<T | null>;
	/** Red Hat's YAML extension shows our schema's findings (see yamlCompanion.ts). */
	readonly yamlCompanion: boolean;
	/** The first workspace folder, whose settings stand for the workspace as a whole. */
	readonly firstFolder: string;
}

/** Runs a request on the document and the other files of its cluster; null for a document it does not know. */
export function clusterRequest<T>(server: ServerContext, what: string, uri: string, run: (doc: ConfigDocument, cluster: ConfigDocument[]) => T | Promise<T>): Promise<T | null> {
	return server.guard(what, async () => {
		const doc = server.documentOf(uri);
		return doc ? await run(doc, server.clusters().siblings(uri)) : null;
	});
}

/** One short adapter per request on a document: the engine answers, these only fetch its inputs. */
export function answerRequests(connection: Connection, server: ServerContext): void {
	connection.onHover(params => server.guard('hover', async () => {
		const doc = server.documentOf(params.textDocument.uri);
		if (!doc || (server.yamlCompanion && onKey(doc, params.position))) return null;
		const settings = await server.settingsFor(params.textDocument.uri);
		return hover(doc, params.position, { version: settings.version, locale: server.localeOf(settings) });
	}));

	connection.onCodeAction(params => server.guard('code actions', async () => {
		const doc = server.documentOf(params.textDocument.uri);
		if (!doc) return null;
		const settings = await server.validationSettings(params.textDocument.uri);
		return codeActions(doc, params.range, settings, params.context.only, server.clusters().siblings(doc.uri));
	}));

	connection.onCompletion(params => clusterRequest(server, 'completion', params.textDocument.uri, async doc => {
		const settings = await server.settingsFor(params.textDocument.uri);
		const siblings = server.clusters().likelySiblings(doc);
		const items = complete(doc, params.position, { version: settings.version, siblings, newToken: () => generateToken(settings.tokenLength), locale: server.localeOf(settings) });
		return server.yamlCompanion ? withoutSchemaCompletions(doc, items) : items;
	}));
	connection.onDefinition(params => clusterRequest(server, 'definition', params.textDocument.uri, (doc, cluster) => definition(doc, params.position, cluster)));
	connection.onReferences(params => clusterRequest(server, 'references', params.textDocument.uri,
		(doc, cluster) => references(doc, params.position, cluster, params.context.includeDeclaration)));
	connection.onPrepareRename(params => clusterRequest(server, 'rename', params.textDocument.uri, doc => prepareRename(doc, params.position)));
	connection.onDocumentFormatting(params => clusterRequest(server, 'formatting', params.textDocument.uri, async doc => {
		const settings = await server.settingsFor(params.textDocument.uri);
		return format(doc, { sortByGroup: settings.sortByGroup });
	}));
	connection.languages.inlayHint.on(params => clusterRequest(server, 'inlay hints', params.textDocument.uri, async doc => {
		const settings = await server.settingsFor(params.textDocument.uri);
		return settings.inlayHints ? inlayHints(doc, params.range, settings.version, server.localeOf(settings)) : [];
	}));
	connection.onDocumentLinks(params => clusterRequest(server, 'links', params.textDocument.uri, async doc => {
		const { links, paths } = documentLinks(doc, (await server.settingsFor(params.textDocument.uri)).version);
		return [...links, ...paths.filter(p => existsSync(p.path)).map(p => ({ ...p.link, target: pathToFileURL(p.path).toString() }))];
	}));
	connection.onFoldingRanges(params => clusterRequest(server, 'folding', params.textDocument.uri, doc => foldingRanges(doc)));
	connection.onDocumentSymbol(params => clusterRequest(server, 'symbols', params.textDocument.uri, async doc => documentSymbols(doc, server.localeOf(await server.settingsFor(params.textDocument.uri)))));
	connection.onWorkspaceSymbol(params => server.guard('workspace symbols', async () => {
		const container = messagesFor(server.localeOf(await server.settingsFor(server.firstFolder))).features.outline.memberContainer;
		return server.clusters().symbols(params.query).map(symbol => ({ ...symbol, containerName: container }));
	}));
	connection.onCodeLens(params => clusterRequest(server, 'code lens', params.textDocument.uri, async (doc, cluster) => codeLenses(doc, cluster, server.localeOf(await server.settingsFor(params.textDocument.uri)))));
	connection.onExecuteCommand(params => server.guard('convert', async () => {
		if (params.command !== convertCommand) return null;
		const settings = await server.settingsFor(convertUri(params.arguments?.[0]));
		return runConvert(params.arguments?.[0], uri => server.documentOf(uri), settings.version, server.localeOf(settings));
	}));
}
