import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { applyFix, diagnostics, hoverText, open, positionOf, restore, waitForDiagnostic, waitForNoDiagnostic } from './helpers';

test('a systemd unit that runs etcd keeps its language and gets etcd\'s checks, hover and fixes', async () => {
	const document = await open('units/etcd.service');
	assert.notEqual(document.languageId, 'etcd', 'the unit was taken into the etcd language');
	const original = document.getText();
	const invalid = await waitForDiagnostic(document, 'invalid-value');
	assert.equal(invalid.severity, vscode.DiagnosticSeverity.Error);
	assert.equal(document.getText(invalid.range), '100ms');
	assert.match(await hoverText(document, positionOf(document, '--heartbeat-interval', 4)), /\*\*--heartbeat-interval\*\*/);
	await applyFix(document, invalid.range, 'Write 100');
	await waitForNoDiagnostic(document, 'invalid-value');
	assert.match(document.getText(), / {2}--heartbeat-interval=100\n/);
	await restore(document, original);
});

test('a unit that runs something else is left alone', async () => {
	const other = await open('units/postgresql.service');
	await new Promise(resolve => setTimeout(resolve, 1000));
	assert.deepEqual(diagnostics(other), [], 'the server read a unit that does not run etcd');
});
