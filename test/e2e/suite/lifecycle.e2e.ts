import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { open, positionOf, replaceText, revert, serverPids, waitFor, waitForDiagnostic, waitForHover } from './helpers';

/** A change made after the restart must be checked: diagnostics from before it prove nothing. */
async function checksAgain(document: vscode.TextDocument): Promise<void> {
	await replaceText(document, 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster"');
	// etcd's default token here, unlike pg1's and pg2's: the mismatch speaks, the default-token warning is related to it.
	await waitForDiagnostic(document, 'cluster-token-mismatch');
	await revert(document);
	await waitForDiagnostic(document, 'state-new');
	await waitForHover(document, positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 5), '**ETCD_INITIAL_CLUSTER_STATE**');
}

test('"etcd: Restart Language Server" starts a new server that checks the files again', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	await waitForDiagnostic(document, 'state-new');
	const [before] = await waitFor('one language server process', () => serverPids().length === 1 ? serverPids() : undefined);
	await vscode.commands.executeCommand('etcd.restartServer');
	const [after] = await waitFor('a new language server process', () => {
		const pids = serverPids();
		return pids.length === 1 && pids[0] !== before ? pids : undefined;
	});
	assert.notEqual(after, before);
	await checksAgain(document);
});

test('a crashed server is restarted by the client and serves again', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	const [before] = await waitFor('one language server process', () => serverPids().length === 1 ? serverPids() : undefined);
	process.kill(before, 'SIGKILL');
	await waitFor('a restarted language server process', () => {
		const pids = serverPids();
		return pids.length === 1 && pids[0] !== before ? pids : undefined;
	});
	await checksAgain(document);
});
