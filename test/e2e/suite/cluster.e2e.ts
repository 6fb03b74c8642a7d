import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { applyFix, open, replaceText, restore, waitFor, waitForDiagnostic, waitForNoDiagnostic, workspaceUri } from './helpers';

test('a token changed in one member is a cross-file error pointing into the other two; "use this token on every member" edits all three', async () => {
	const [pg1, pg2] = await Promise.all(['pg1', 'pg2'].map(m => vscode.workspace.openTextDocument(workspaceUri(`pg-cluster/${m}/etcd`))));
	const pg3 = await open('pg-cluster/pg3/etcd');
	const originals = new Map([pg1, pg2, pg3].map(document => [document, document.getText()]));
	await replaceText(pg3, 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-9"');
	const error = await waitForDiagnostic(pg3, 'cluster-token-mismatch');
	assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
	const related = (error.relatedInformation ?? []).map(r => r.location);
	assert.deepEqual(related.map(l => l.uri.toString()), ['pg1', 'pg2'].map(m => workspaceUri(`pg-cluster/${m}/etcd`).toString()));
	// The related locations open the other files at their tokens.
	for (const location of related) {
		const other = await vscode.workspace.openTextDocument(location.uri);
		assert.equal(other.getText(location.range), '"etcd-cluster-1"');
	}
	await applyFix(pg3, error.range, 'Use this file\'s token');
	for (const member of [pg1, pg2]) await waitFor(`the token in ${member.uri.path}`, () => member.getText().includes('"etcd-cluster-9"') ? true : undefined);
	await waitForNoDiagnostic(pg3, 'cluster-token-mismatch');
	for (const [document, original] of originals) await restore(document, original);
});
