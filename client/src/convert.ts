import { commands, Disposable, l10n, window, workspace, type TextEditor } from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { ConvertResult } from '../../server/src/convertCommand';
import { isOurs, isUnit, type Filter } from './yamlFiles';

/** The server's command (server/src/convertCommand.ts); ours differ so that the language client does not claim them. */
const serverCommand = 'etcd-config.convert';

/**
 * `etcdYamlConfig`: the active editor holds one of etcd's YAML config files; `etcdUnit`: a systemd unit. Either way
 * `etcd.convertToEnv` applies.
 */
export function trackYamlConfigContext(selector: Filter[]): Disposable {
	const update = (editor: TextEditor | undefined) => {
		void commands.executeCommand('setContext', 'etcdYamlConfig', editor?.document.languageId === 'yaml' && isOurs(editor.document, selector));
		void commands.executeCommand('setContext', 'etcdUnit', editor !== undefined && isUnit(editor.document));
	};
	update(window.activeTextEditor);
	return window.onDidChangeActiveTextEditor(update);
}

/**
 * `etcd: Convert to YAML config` and `etcd: Convert to environment file`: the server converts the active file as
 * it is shown (unsaved text included); the result opens in a new untitled editor and the notes in a message.
 */
export async function convertActiveFile(client: LanguageClient | undefined, target: ConvertResult['format']): Promise<void> {
	const document = window.activeTextEditor?.document;
	if (!client || !document) return;
	const source = document.languageId === 'yaml' ? 'yaml' : isUnit(document) ? 'unit' : 'env';
	if (source === target) {
		void window.showWarningMessage(target === 'yaml' ? l10n.t('This file is a YAML config file already.') : l10n.t('This file is an environment file already.'));
		return;
	}
	// The server starts with the first etcd file; a command may come first.
	await client.start();
	const result = await client.sendRequest(ExecuteCommandRequest.type, {
		command: serverCommand,
		arguments: [{ uri: document.uri.toString(), text: document.getText(), languageId: document.languageId }],
	}) as ConvertResult | null;
	if (!result) {
		void window.showErrorMessage(l10n.t('The etcd language server could not convert this file (see the etcd Config output).'));
		return;
	}
	const converted = await workspace.openTextDocument({ language: result.format === 'yaml' ? 'yaml' : 'etcd', content: result.text });
	await window.showTextDocument(converted);
	if (result.notes.length > 0) void window.showInformationMessage(l10n.t('Converted. Notes: {0}', result.notes.join(' ')));
}
