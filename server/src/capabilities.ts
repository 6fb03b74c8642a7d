import type { ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver-types';
import { convertCommand } from './convertCommand';
import { fixAllKind } from './engine';

/**
 * `TextDocumentSyncKind.Incremental`. Values are taken from vscode-languageserver-types where it has them: each
 * module importing values from vscode-languageserver/node copies its hundreds of exports at start.
 */
const incremental: TextDocumentSyncKind = 2;

/** What the server offers the editor, answered to `initialize`. */
export const serverCapabilities: ServerCapabilities = {
	textDocumentSync: { openClose: true, change: incremental },
	hoverProvider: true,
	// `=` after an env key, `,` between URLs, `"` opening a value; typing a word asks by itself.
	completionProvider: { triggerCharacters: ['=', ',', '"'] },
	codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllKind], resolveProvider: true },
	definitionProvider: true,
	referencesProvider: true,
	renameProvider: { prepareProvider: true },
	documentSymbolProvider: true,
	documentFormattingProvider: true,
	inlayHintProvider: true,
	documentLinkProvider: { resolveProvider: false },
	foldingRangeProvider: true,
	workspaceSymbolProvider: true,
	codeLensProvider: { resolveProvider: false },
	executeCommandProvider: { commands: [convertCommand] },
	workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};
