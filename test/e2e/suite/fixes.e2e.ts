import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { brokenAdvertise } from '../workspace';
import { test } from './harness';
import { applyFix, codeActions, open, replaceText, revert, waitFor, waitForDiagnostic, waitForNoDiagnostic } from './helpers';

test('a broken advertise URL is an advertise-peer-mismatch error on that URL; "Advertise…" restores the file exactly', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	const original = document.getText();
	await replaceText(document, 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', brokenAdvertise);
	const error = await waitForDiagnostic(document, 'advertise-peer-mismatch');
	assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
	const line = document.lineAt(error.range.start.line).text;
	assert.equal(line, brokenAdvertise, 'the error is on another line');
	assert.match(document.getText(error.range), /^"?http:\/\/192\.168\.45\.203:2380"?$/);
	assert.match(error.message, /pg3 advertises http:\/\/192\.168\.45\.203:2380, but ETCD_INITIAL_CLUSTER lists pg3 at http:\/\/192\.168\.45\.204:2380/);
	// One finding per mistake: the listener and the other members' lists are its related information, one Ignore for all.
	const onLine = vscode.languages.getDiagnostics(document.uri).filter(d => d.range.start.line === error.range.start.line);
	assert.deepEqual(onLine.map(d => (typeof d.code === 'object' ? d.code.value : d.code)), ['advertise-peer-mismatch']);
	const ignores = (await codeActions(document, error.range)).filter(a => a.title.startsWith('Ignore'));
	assert.equal(ignores.length, 1, ignores.map(a => a.title).join('\n'));
	assert.match(ignores[0].title, /^Ignore advertise-peer-mismatch, advertise-not-served\b/);
	await applyFix(document, error.range, 'Advertise');
	await waitFor('the file to be restored', () => document.getText() === original ? true : undefined);
	await waitForNoDiagnostic(document, 'advertise-peer-mismatch');
	await revert(document);
});

test('"Generate a new cluster token" replaces etcd\'s default token with 16 fresh hex characters', async () => {
	const document = await open('token/etcd');
	const before = document.getText();
	const warning = await waitForDiagnostic(document, 'cluster-token');
	assert.equal(document.getText(warning.range).replace(/"/g, ''), 'etcd-cluster');
	await applyFix(document, warning.range, 'Generate a new cluster token');
	const token = await waitFor('a generated token', () => /^ETCD_INITIAL_CLUSTER_TOKEN="([0-9a-f]{16})"$/m.exec(document.getText())?.[1]);
	assert.equal(document.getText(), before.replace('"etcd-cluster"', `"${token}"`));
	await waitForNoDiagnostic(document, 'cluster-token');
	await revert(document);
});
