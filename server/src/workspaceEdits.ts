import type { CodeAction, Range, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/*
 * Edits as the client can check them. Where it takes versioned `documentChanges`, each edit of an open document
 * names the version it was computed from, and the editor refuses it when the text moved on. An edit of a file
 * that is not open is computed from the file as it is on disk: when it is asked for (codeAction/resolve, where the
 * client supports it), else when the actions are listed; and it is refused when the fix no longer applies there.
 */

/** What the client says it supports, from `initialize`. */
export interface EditSupport {
	readonly documentChanges: boolean;
	/** The client asks for a code action's edit when it is chosen (`codeAction/resolve` with `edit`). */
	readonly resolveEdit: boolean;
}

/** What a deferred code action needs to be computed again when it is chosen. */
export interface DeferredAction {
	readonly uri: string;
	readonly range: Range;
	readonly only?: readonly string[];
}

/** The edit with versions for the client that checks them: open documents by version, other files by none. */
export function versioned(edit: WorkspaceEdit, versionOf: (uri: string) => number | null, support: EditSupport): WorkspaceEdit {
	if (!support.documentChanges || !edit.changes) return edit;
	const documentChanges: TextDocumentEdit[] = Object.entries(edit.changes)
		.map(([uri, edits]) => ({ textDocument: { uri, version: versionOf(uri) }, edits }));
	return { documentChanges };
}

/** Whether an action edits a file other than the one it was asked for. */
export function editsOtherFiles(action: CodeAction, uri: string): boolean {
	return Object.keys(action.edit?.changes ?? {}).some(other => other !== uri);
}

/** The same action, found again among freshly computed ones: same title and kind. */
export function sameAction(actions: readonly CodeAction[], chosen: CodeAction): CodeAction | undefined {
	return actions.find(action => action.title === chosen.title && action.kind === chosen.kind);
}
