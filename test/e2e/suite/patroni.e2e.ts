import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { applyFix, open, positionOf, replaceText, revert, waitFor, waitForDiagnostic, waitForHover, waitForNoDiagnostic } from './helpers';

test('a patroni.yml beside the example cluster gets our hover and its cross-checks against the etcd members', async () => {
	const document = await open('pg-cluster/pg2/patroni.yml');
	assert.equal(document.languageId, 'yaml');
	const hover = await waitForHover(document, positionOf(document, 'hosts:', 2), '**hosts**');
	assert.match(hover, /\*\*client\*\* URLs/);
	await replaceText(document, '192.168.45.204:2379', '192.168.45.204:2380');
	const error = await waitForDiagnostic(document, 'patroni-peer-port');
	assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
	assert.equal(document.getText(error.range), '192.168.45.204:2380');
	assert.match(error.message, /is pg3's peer URL, not a client URL/);
	await revert(document);
	await waitForNoDiagnostic(document, 'patroni-peer-port');
});

test('"List the members\' client URLs" writes the hosts back from what the members advertise', async () => {
	const document = await open('pg-cluster/pg2/patroni.yml');
	const original = document.getText();
	await replaceText(document, '192.168.45.204:2379', '192.168.45.203:2379');
	const warning = await waitForDiagnostic(document, 'patroni-host-not-advertised');
	assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
	await applyFix(document, warning.range, 'List the members\' client URLs');
	await waitFor('the hosts to be written back', () => document.getText() === original ? true : undefined);
	await waitForNoDiagnostic(document, 'patroni-host-not-advertised');
	await revert(document);
});
