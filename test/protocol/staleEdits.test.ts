import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, MarkupContent, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { repoRoot } from '../fixtures';
import { startClient, startInFolder, type TestClient } from './lspClient';

/*
 * Edits that cannot go stale, and one file under one key: the failure modes issue 16 found in the server, each
 * played as an editor (or a hostile one) would.
 */

const everyMember = (token: string) => `Use this file's token '${token}' on every member`;

/** A copy of the example cluster in a folder whose name VS Code and Node spell differently: `a (1)`. */
function clusterFolder(): { root: string; path: (member: string) => string } {
	const root = join(mkdtempSync(join(tmpdir(), 'etcd-config-stale-')), 'a (1)');
	cpSync(join(repoRoot, 'examples', 'pg-cluster'), root, { recursive: true });
	return { root, path: member => join(root, member, 'etcd') };
}

async function mismatchActions(client: TestClient, uri: string, text: string): Promise<CodeAction[]> {
	await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
	const diagnostics = await client.diagnosticsUntil(uri, d => d.some(x => x.code === 'cluster-token-mismatch'));
	const mismatch = diagnostics.find(d => d.code === 'cluster-token-mismatch')!;
	return await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } }) as CodeAction[];
}

describe('edits and documents that cannot go stale', () => {
	const { root, path } = clusterFolder();
	const vscodeUri = (member: string) => URI.file(path(member)).toString();
	let client: TestClient;

	before(async () => {
		client = await startInFolder(root);
	});
	after(async () => {
		await client.stop();
		rmSync(join(root, '..'), { recursive: true, force: true });
	});

	it('counts a file indexed from disk and opened under another spelling of its URI once', async () => {
		// Node's spelling keeps `(1)`; VS Code's, which the index uses, writes `%281%29`.
		const nodeUri = pathToFileURL(path('pg3')).toString();
		assert.notEqual(nodeUri, vscodeUri('pg3'));
		const diagnostics = await client.open(nodeUri, readFileSync(path('pg3'), 'utf8'));
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new'], 'pg3 would clash with itself as a second member');
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: nodeUri } });
	});

	it('leaves an edit of other files to codeAction/resolve, computed from the files as they are on disk then', async () => {
		const uri = vscodeUri('pg3');
		await client.open(uri, readFileSync(path('pg3'), 'utf8'));
		const actions = await mismatchActions(client, uri, readFileSync(path('pg3'), 'utf8').replace('"etcd-cluster-1"', '"etcd-cluster-9"'));
		const everywhere = actions.find(a => a.title === everyMember('etcd-cluster-9'))!;
		assert.ok(everywhere && !everywhere.edit && everywhere.data, JSON.stringify(everywhere));
		// pg1 changes on disk, and no watcher tells the server: two comment lines above its token.
		writeFileSync(path('pg1'), `# moved\n# down\n${readFileSync(path('pg1'), 'utf8')}`);
		const resolved = await client.connection.sendRequest('codeAction/resolve', everywhere) as CodeAction;
		const edits = (resolved.edit?.documentChanges as TextDocumentEdit[]).find(change => change.textDocument.uri === vscodeUri('pg1'))!;
		assert.equal(edits.textDocument.version, null);
		assert.deepEqual(edits.edits, [{ range: { start: { line: 10, character: 27 }, end: { line: 10, character: 43 } }, newText: '"etcd-cluster-9"' }]);
	});

	it('resolves no edit where the fix no longer applies to the file on disk', async () => {
		const uri = vscodeUri('pg3');
		const actions = await mismatchActions(client, uri, readFileSync(path('pg3'), 'utf8').replace('"etcd-cluster-1"', '"etcd-cluster-7"'));
		const everywhere = actions.find(a => a.title === everyMember('etcd-cluster-7'))!;
		// Meanwhile every other member took the same token: there is no mismatch left to mend.
		for (const member of ['pg1', 'pg2']) writeFileSync(path(member), readFileSync(path(member), 'utf8').replace('"etcd-cluster-1"', '"etcd-cluster-7"'));
		const resolved = await client.connection.sendRequest('codeAction/resolve', everywhere) as CodeAction;
		assert.equal(resolved.edit, undefined);
	});

	it('names the version of an open document in its edits', async () => {
		const uri = vscodeUri('pg3');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 'ETCD_NAEM="pg3"\n' }] });
		const diagnostics = await client.diagnosticsUntil(uri, d => d.some(x => x.code === 'unknown-key'));
		const unknown = diagnostics.find(d => d.code === 'unknown-key')!;
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } }) as CodeAction[];
		const rename = actions.find(a => a.title === 'Rename to ETCD_NAME')!;
		const [change] = (rename.edit as WorkspaceEdit).documentChanges as TextDocumentEdit[];
		assert.deepEqual(change.textDocument, { uri, version: 5 });
	});
});

describe('documents the editor opens, changes and closes', () => {
	let client: TestClient;
	before(async () => { client = await startClient(); });
	after(async () => { await client.stop(); });

	it('keeps its line count when a change names a range past the end (the protocol library miscounts it)', async () => {
		const uri = 'file:///stale/past-end/etcd';
		await client.open(uri, 'ETCD_DATA_DIR=/x');
		const change = { range: { start: { line: 3, character: 2 }, end: { line: 4, character: 3 } }, text: '\nETCD_INITIAL_CLUSTER_STATE=new\n' };
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
		await client.diagnosticsUntil(uri, d => d.some(x => x.code === 'state-new'));
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }) as Hover;
		assert.match((hover.contents as MarkupContent).value, /ETCD_INITIAL_CLUSTER_STATE/);
	});

	it('reads a document opened again with the same version number afresh', async () => {
		const uri = 'file:///stale/reopened/etcd';
		assert.ok((await client.open(uri, 'ETCD_NAEM=pg1\n')).some(d => d.code === 'unknown-key'));
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		assert.deepEqual((await client.open(uri, 'ETCD_NAME=pg1\n')).map(d => d.code), []);
	});

	it('clears a document closed right after it was opened, whatever was still being checked', async () => {
		const uri = 'file:///stale/closed/etcd';
		for (let round = 0; round < 20; round++) {
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'etcd', version: 1, text: 'ETCD_NAEM=pg1\nETCD_HEARTBEAT_INTERVAL=100ms\n' } });
			if (round % 2 === 1) await new Promise(resolve => setTimeout(resolve, round));
			await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		}
		// Give the server time to send a stale result; the editor must be left with none (or an empty list).
		await new Promise(resolve => setTimeout(resolve, 500));
		assert.deepEqual(client.lastDiagnostics(uri) ?? [], []);
	});
});
