import * as path from 'node:path';
import { commands, l10n, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { convertActiveFile, trackYamlConfigContext } from './convert';
import { newCluster, showClusterFiles } from './newCluster';
import { renameSummary, showEditSummary } from './editSummary';
import { editSummaryCommand } from '../../server/src/engine';
import { documentSelector, isOurs, yamlExtensionInstalled } from './yamlFiles';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
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
			outputChannel.info(l10n.t('Restarting the etcd language server.'));
			await client?.restart();
		}),
		commands.registerCommand('etcd.newCluster', newCluster),
		commands.registerCommand('etcd.showClusterFiles', showClusterFiles),
		commands.registerCommand(editSummaryCommand, showEditSummary),
		commands.registerCommand('etcd.convertToYaml', () => convertActiveFile(client, 'yaml')),
		commands.registerCommand('etcd.convertToEnv', () => convertActiveFile(client, 'env')),
		trackYamlConfigContext(selector),
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

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}

