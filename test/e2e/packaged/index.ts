import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, runAll } from '../suite/harness';
import { extensionId, open, positionOf, waitFor, waitForDiagnostic, waitForHover } from '../suite/helpers';

// Runs with the probe as the development extension: the etcd extension here is the one installed from the .vsix.

test('the extension is the one installed from the .vsix', async () => {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension, `${extensionId} is not installed`);
	const extensionsDir = process.env.ETCD_E2E_EXTENSIONS_DIR;
	assert.ok(extensionsDir && extension.extensionPath.startsWith(extensionsDir), `loaded from ${extension.extensionPath}`);
});

test('the installed package checks a file: the broken advertise URL is reported', async () => {
	const document = await open('broken/etcd');
	assert.equal(document.languageId, 'etcd');
	await waitFor('the extension to activate', () => vscode.extensions.getExtension(extensionId)?.isActive || undefined);
	const error = await waitForDiagnostic(document, 'advertise-peer-mismatch');
	assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
	await waitForHover(document, positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 5), '**ETCD_INITIAL_CLUSTER_STATE**');
});

export function run(): Promise<void> {
	return runAll('the packaged extension');
}
