import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { diagnostics, extensionId, open, waitFor, waitForDiagnostic } from './helpers';

test('the extension waits until an etcd file is opened', async () => {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension, `${extensionId} is not loaded`);
	const events = (extension.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
	// VS Code 1.100 also derives onLanguage:etcd from the language's contribution, but only while it names a
	// configuration file: the declared event is what keeps activation from depending on that.
	assert.ok(events.includes('onLanguage:etcd'), `activationEvents: ${JSON.stringify(events)}`);
	assert.deepEqual(events.filter(event => event === '*' || event === 'onStartupFinished'), [], 'activates on start-up');
	if (events.every(event => event.startsWith('onLanguage:'))) assert.equal(extension.isActive, false, 'activated before any etcd file was opened');
});

test('opening examples/pg-cluster/pg3/etcd sets language etcd, activates the extension and starts the server', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	assert.equal(document.languageId, 'etcd');
	await waitFor('the extension to activate', () => vscode.extensions.getExtension(extensionId)?.isActive || undefined);
	const reminder = await waitForDiagnostic(document, 'state-new');
	assert.equal(reminder.severity, vscode.DiagnosticSeverity.Hint);
	assert.equal(document.getText(reminder.range), '"new"');
});

test('/etc/default/etcd paths and *.etcd.env files are etcd; a plain .env is not', async () => {
	for (const path of ['etc/default/etcd', 'node-a.etcd.env']) {
		const document = await open(path);
		assert.equal(document.languageId, 'etcd', path);
		await waitForDiagnostic(document, 'state-new');
	}
	const plain = await open('app/.env');
	assert.notEqual(plain.languageId, 'etcd');
	await new Promise(resolve => setTimeout(resolve, 500));
	assert.deepEqual(diagnostics(plain), [], 'the server looked at a plain .env');
});
