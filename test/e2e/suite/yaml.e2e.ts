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
