import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { diagnostics, extensionId, open, positionOf, setSetting, waitForDiagnostic, waitForHover, waitForNoDiagnostic } from './helpers';

test('etcd.rules.state-new = off removes that diagnostic at once, without a reload', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	await waitForDiagnostic(document, 'state-new');
	await setSetting('rules.state-new', 'off');
	try {
		await waitForNoDiagnostic(document, 'state-new');
	} finally {
		await setSetting('rules.state-new', undefined);
	}
	await waitForDiagnostic(document, 'state-new');
});

test('etcd.version changes what the server says: hover on an unknown key names the chosen version', async () => {
	const document = await open('versions/etcd');
	const unknownKey = positionOf(document, 'ETCD_NOT_AN_OPTION', 3);
	await waitForHover(document, unknownKey, 'is not an etcd 3.5 option');
	await setSetting('version', '3.4');
	try {
		await waitForHover(document, unknownKey, 'is not an etcd 3.4 option');
		await waitForHover(document, positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 3), 'Default in 3.4');
	} finally {
		await setSetting('version', undefined);
	}
	await waitForHover(document, unknownKey, 'is not an etcd 3.5 option');
});

test('unavailable-option (where the rule exists): ETCD_DEBUG is flagged on 3.5 but not on 3.4', async () => {
	const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes: { configuration: { properties: object }[] } };
	if (!manifest.contributes.configuration.some(section => 'etcd.rules.unavailable-option' in section.properties)) {
		console.log('    (no rule unavailable-option in this build: only the version hover above was checked)');
		return;
	}
	const document = await open('versions/etcd');
	const debug = await waitForDiagnostic(document, 'unavailable-option');
	assert.equal(document.lineAt(debug.range.start.line).text, 'ETCD_DEBUG="true"');
	await setSetting('version', '3.4');
	try {
		await waitForNoDiagnostic(document, 'unavailable-option');
		assert.deepEqual(diagnostics(document, 'unavailable-option'), []);
	} finally {
		await setSetting('version', undefined);
	}
	await waitForDiagnostic(document, 'unavailable-option');
});
