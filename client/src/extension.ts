import * as path from 'node:path';
import { commands, languages, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { convertActiveFile, trackYamlConfigContext } from './convert';
import { setBundleFolder, t } from './l10n';
import { newCluster, showClusterFiles } from './newCluster';
import { renameSummary, showEditSummary } from './editSummary';
import { editSummaryCommand } from '../../server/src/engine';
import { documentSelector, isOurs, yamlExtensionInstalled } from './yamlFiles';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
	setBundleFolder(context.extensionPath);
	const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const outputChannel = window.createOutputChannel('etcd Config', { log: true });
	const selector = documentSelector();
	const clientOptions: LanguageClientOptions = {
		documentSelector: selector,
		initializationOptions: { yamlCompanion: yamlExtensionInstalled() },
		outputChannel,
		middleware: renameSummary,
		synchronize: { configurationSection: 'etcd' },
	};
	client = new LanguageClient('etcd', 'etcd Config', serverOptions, clientOptions);
	context.subscriptions.push(
		outputChannel,
		commands.registerCommand('etcd.restartServer', async () => {
			outputChannel.info(t('Restarting the etcd language server.'));
			await client?.restart();
		}),
		commands.registerCommand('etcd.newCluster', newCluster),
		commands.registerCommand('etcd.showClusterFiles', showClusterFiles),
		commands.registerCommand(editSummaryCommand, showEditSummary),
		commands.registerCommand('etcd.convertToYaml', () => convertActiveFile(client, 'yaml')),
		commands.registerCommand('etcd.convertToEnv', () => convertActiveFile(client, 'env')),
		trackYamlConfigContext(selector),
		workspace.onDidChangeConfiguration(event => {
			if (event.affectsConfiguration('etcd.language')) refreshOutline(selector);
		}),
	);
	// Any YAML file activates the extension; the server starts only once one of our files is open.
	const started = client;
	if (workspace.textDocuments.some(document => isOurs(document, selector))) {
		await started.start();
		return;
	}
	const waiting = workspace.onDidOpenTextDocument(document => {
		if (!isOurs(document, selector)) return;
		waiting.dispose();
		void started.start();
	});
	context.subscriptions.push(waiting);
}

/**
 * VS Code asks for the outline again only after an edit, and LSP has no refresh request for it: the group names kept
 * the old language. A provider that comes and goes makes VS Code ask every provider again; the server has the new
 * setting by then (the language client sends it on the same change, before this runs).
 */
function refreshOutline(selector: ReturnType<typeof documentSelector>): void {
	setTimeout(() => languages.registerDocumentSymbolProvider(selector, { provideDocumentSymbols: () => undefined }).dispose(), 100);
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}

