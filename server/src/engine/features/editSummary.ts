import type { CodeAction } from 'vscode-languageserver-types';
import type { FeatureMessages } from '../l10n/features.en';

/** The client command that tells, once an edit is applied, which files it changed (`etcd.showEditSummary`). */
export const editSummaryCommand = 'etcd.showEditSummary';

/**
 * An action that edits other files than the one in front of the user says so when it is done: the editor saves
 * nothing by itself, but files the user cannot see changed under them and must be saved and deployed.
 */
export function withEditSummary(uri: string, action: CodeAction, m: FeatureMessages): CodeAction {
	const uris = Object.keys(action.edit?.changes ?? {});
	if (!uris.some(other => other !== uri) || action.command) return action;
	const message = m.editedFiles(uris.length, uris.map(fileLabel).sort().join(', '));
	return { ...action, command: { title: message, command: editSummaryCommand, arguments: [message, uris] } };
}

/** A file by its last two path segments (`pg2/etcd`): enough to tell the members' files apart. */
function fileLabel(uri: string): string {
	return decodeURIComponent(uri.split('/').slice(-2).join('/'));
}
