import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { convertCommand } from './convertCommand';
import { fixAllKind } from './engine/features/codeActions';

/** What the server offers the editor, answered to `initialize`. */
export const serverCapabilities: ServerCapabilities = {
	textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
	hoverProvider: true,
	// `=` after an env key, `,` between URLs, `"` opening a value; typing a word asks by itself.
	completionProvider: { triggerCharacters: ['=', ',', '"'] },
	codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, fixAllKind] },
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
