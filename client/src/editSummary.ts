import { l10n, window, type Uri, type WorkspaceEdit } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** What a code action that changed other members' files says once VS Code has applied it (the server words it). */
export async function showEditSummary(message: unknown): Promise<void> {
	if (typeof message === 'string') await window.showInformationMessage(message);
}

/**
 * A rename of a member reaches every file of its cluster; the user sees one of them. Once the edit is applied,
 * say which other files it changed.
 */
export const renameSummary: Middleware = {
	async provideRenameEdits(document, position, newName, token, next) {
		const edit = await next(document, position, newName, token);
		const others = edit ? otherFiles(edit, document.uri) : [];
		if (others.length > 0) {
			// After this tick: VS Code applies the returned edit first.
			setTimeout(() => void window.showInformationMessage(l10n.t('The rename also changed {0}.', others.join(', '))), 0);
		}
		return edit;
	},
};

function otherFiles(edit: WorkspaceEdit, current: Uri): string[] {
	return edit.entries().map(([uri]) => uri).filter(uri => uri.toString() !== current.toString())
		.map(uri => uri.path.split('/').slice(-2).join('/')).sort();
}
