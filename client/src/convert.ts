import { commands, Disposable, Range, Uri, window, workspace, type TextEditor } from 'vscode';
import { Utils } from 'vscode-uri';
import { t } from './l10n';
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
		void window.showWarningMessage(target === 'yaml' ? t('This file is a YAML config file already.') : t('This file is an environment file already.'));
		return;
	}
	// The server starts with the first etcd file; a command may come first.
	await client.start();
	const result = await client.sendRequest(ExecuteCommandRequest.type, {
		command: serverCommand,
		arguments: [{ uri: document.uri.toString(), text: document.getText(), languageId: document.languageId }],
	}) as ConvertResult | null;
	if (!result) {
		void window.showErrorMessage(t('The etcd language server could not convert this file (see the etcd Config output).'));
		return;
	}
	const file = await besideSource(document.uri, result.format);
	const converted = await workspace.openTextDocument(file);
	const editor = await window.showTextDocument(converted);
	await editor.edit(edit => edit.replace(new Range(0, 0, converted.lineCount, 0), result.text));
	const name = Utils.basename(file);
	const hint = result.format === 'yaml'
		? t('Converted into an unsaved {0} beside the source: save it to keep it, then name it in ETCD_CONFIG_FILE (or --config-file).', name)
		: t('Converted into an unsaved {0} beside the source: save it to keep it.', name);
	void window.showInformationMessage(result.notes.length > 0 ? `${hint} ${t('Notes: {0}', result.notes.join(' '))}` : hint);
}

/**
 * An untitled editor named as etcd's files are (`etcd.conf.yml`, `etcd.env`), in the source's folder: the name
 * brings our checks while it is unsaved, and saving puts it next to the source. Taken names get a number.
 */
async function besideSource(source: Uri, format: ConvertResult['format']): Promise<Uri> {
	const folder = source.scheme === 'file' ? Utils.dirname(source) : workspace.workspaceFolders?.[0]?.uri;
	const names = format === 'yaml' ? (n: number) => n === 1 ? 'etcd.conf.yml' : `converted-${n}.etcd.yml` : (n: number) => n === 1 ? 'etcd.env' : `converted-${n}.etcd.env`;
	for (let n = 1; ; n++) {
		const candidate = folder ? Utils.joinPath(folder, names(n)) : Uri.file(`/${names(n)}`);
		const open = workspace.textDocuments.some(d => d.uri.path === candidate.path);
		if (!open && !(await exists(candidate))) return candidate.with({ scheme: 'untitled' });
	}
}

async function exists(uri: Uri): Promise<boolean> {
	try {
		await workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}
