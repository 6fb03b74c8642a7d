import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { applyFix, diagnostics, open, positionOf, restore, waitFor, waitForDiagnostic, waitForHover, waitForNoDiagnostic } from './helpers';

test('an etcd YAML config stays in the yaml language, gets our checks, and the duration fix writes nanoseconds', async () => {
	const document = await open('yaml/etcd.conf.yml');
	const original = document.getText();
	assert.equal(document.languageId, 'yaml');
	const error = await waitForDiagnostic(document, 'yaml-duration');
	assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
	assert.equal(document.getText(error.range), '5s');
	await applyFix(document, error.range, 'Write 5000000000');
	await waitFor('the nanoseconds', () => document.getText().includes('grpc-keepalive-timeout: 5000000000\n') ? true : undefined);
	await waitForNoDiagnostic(document, 'yaml-duration');
	await waitForHover(document, positionOf(document, 'initial-cluster-state:', 3), '**initial-cluster-state**');
	await restore(document, original);
});

test('other YAML files are left alone', async () => {
	const values = await open('deploy/values.yml');
	assert.equal(values.languageId, 'yaml');
	await new Promise(resolve => setTimeout(resolve, 1000));
	assert.deepEqual(diagnostics(values), [], 'the server looked at a YAML file that is not etcd\'s');
});

test('"Convert to YAML config" and "Convert to environment file" open the other format in a new editor', async () => {
	const source = await open('pg-cluster/pg3/etcd');
	await vscode.commands.executeCommand('etcd.convertToYaml');
	const yaml = await waitFor('the converted YAML', () => {
		const document = vscode.window.activeTextEditor?.document;
		return document?.isUntitled && document.languageId === 'yaml' && document.getText() !== '' ? document : undefined;
	});
	assert.match(yaml.getText(), /^name: pg3$/m);
	assert.match(yaml.getText(), /^initial-cluster: pg1=http:\/\/192\.168\.45\.201:2380,/m);
	// Unsaved, named etcd.conf.yml beside the source: saving keeps it there, and our checks read it meanwhile.
	assert.equal(yaml.uri.path, vscode.Uri.joinPath(source.uri, '..', 'etcd.conf.yml').path);
	const editor = vscode.window.activeTextEditor!;
	await editor.edit(edit => edit.insert(new vscode.Position(yaml.lineCount, 0), 'grpc-keepalive-timeout: 5s\n'));
	await waitForDiagnostic(yaml, 'yaml-duration');
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	await open('yaml/etcd.conf.yml');
	await vscode.commands.executeCommand('etcd.convertToEnv');
	const env = await waitFor('the converted environment file', () => {
		const document = vscode.window.activeTextEditor?.document;
		return document?.isUntitled && document.languageId === 'etcd' && document.getText() !== '' ? document : undefined;
	});
	assert.match(env.getText(), /^ETCD_NAME="pg1"$/m);
	assert.match(env.getText(), /^ETCD_GRPC_KEEPALIVE_TIMEOUT=/m);
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
