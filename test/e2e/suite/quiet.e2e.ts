import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { waitFor } from './helpers';

test('etcd files get no word-based suggestions and no URL links from VS Code (the extension\'s defaults)', async () => {
	const editor = vscode.workspace.getConfiguration('editor', { languageId: 'etcd' });
	assert.equal(editor.get('wordBasedSuggestions'), 'off');
	assert.equal(editor.get('links'), false);
});

test('completion inside empty quotes offers etcd\'s default, not words of the file', async () => {
	const document = await vscode.workspace.openTextDocument({ language: 'etcd', content: 'ETCD_HEARTBEAT_INTERVAL=""\n# tried 100ms once\n' });
	await vscode.window.showTextDocument(document);
	const labels = await waitFor('value completion', async () => {
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 25));
		const found = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
		return found.length > 0 ? found : undefined;
	});
	assert.deepEqual(labels, ['100']);
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
