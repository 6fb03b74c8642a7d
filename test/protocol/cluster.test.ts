import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { repoRoot } from '../fixtures';
import { startClient, type TestClient } from './lspClient';

describe('the cluster view over the protocol', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-cluster-'));
	const uri = (member: string) => pathToFileURL(join(root, member, 'etcd')).toString();
	const text = (member: string) => readFileSync(join(root, member, 'etcd'), 'utf8');
	let client: TestClient;

	before(async () => {
		cpSync(join(repoRoot, 'examples', 'pg-cluster'), root, { recursive: true });
		client = await startClient(undefined, {}, [{ uri: pathToFileURL(root).toString(), name: 'cluster' }]);
	});
	after(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('sees the example as one agreeing cluster: nothing but the reminder about new', async () => {
		await client.open(uri('pg3'), text('pg3'));
		const diagnostics = await client.diagnosticsUntil(uri('pg1'), d => d.length > 0);
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
		assert.deepEqual((await client.diagnosticsUntil(uri('pg3'), d => d.length > 0)).map(d => d.code), ['state-new']);
	});

	it('reports a token changed in pg3 there, with related locations in pg1 and pg2, and fixes all with one edit', async () => {
		const changed = text('pg3').replace('"etcd-cluster-1"', '"etcd-cluster-9"');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 2 }, contentChanges: [{ text: changed }] });
		const diagnostics = await client.diagnosticsUntil(uri('pg3'), d => d.some(x => x.code === 'cluster-token-mismatch'));
		const mismatch = diagnostics.find(d => d.code === 'cluster-token-mismatch')!;
		assert.equal(mismatch.severity, 1);
		assert.deepEqual(mismatch.relatedInformation?.map(r => r.location.uri), [uri('pg1'), uri('pg2')]);
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('pg3') }, range: mismatch.range, context: { diagnostics: [mismatch] } }) as CodeAction[];
		const everywhere = actions.find(a => a.title === 'Use this file\'s token \'etcd-cluster-9\' in every member');
		assert.ok(everywhere, JSON.stringify(actions.map(a => a.title)));
		assert.deepEqual(Object.keys(everywhere.edit?.changes ?? {}).sort(), [uri('pg1'), uri('pg2')]);
		assert.deepEqual(everywhere.edit?.changes?.[uri('pg1')], [{ range: { start: { line: 8, character: 27 }, end: { line: 8, character: 43 } }, newText: '"etcd-cluster-9"' }]);
	});

	it('follows files changed on disk', async () => {
		for (const member of ['pg1', 'pg2']) writeFileSync(join(root, member, 'etcd'), text(member).replace('"etcd-cluster-1"', '"etcd-cluster-9"'));
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pg1'), type: 2 }, { uri: uri('pg2'), type: 2 }] });
		await client.diagnosticsUntil(uri('pg3'), d => !d.some(x => x.code === 'cluster-token-mismatch'));
	});

	it('raises nothing when pg3 lists the members in another order', async () => {
		const reordered = text('pg3').replace('"etcd-cluster-1"', '"etcd-cluster-9"')
			.replace('pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.204:2380,pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 3 }, contentChanges: [{ text: reordered }] });
		const diagnostics = await client.diagnosticsUntil(uri('pg3'), d => d.length === 1);
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
	});
});
