import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { onExampleCopy } from './lspClient';

describe('the cluster view over the protocol', () => {
	const session = onExampleCopy('etcd-config-cluster-');
	const { root } = session;
	const uri = (member: string) => pathToFileURL(join(root, member, 'etcd')).toString();
	const text = (member: string) => readFileSync(join(root, member, 'etcd'), 'utf8');


	it('sees the example as one agreeing cluster: nothing but the reminder about new', async () => {
		await session.client.open(uri('pg3'), text('pg3'));
		const diagnostics = await session.client.diagnosticsUntil(uri('pg1'), d => d.length > 0);
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
		assert.deepEqual((await session.client.diagnosticsUntil(uri('pg3'), d => d.length > 0)).map(d => d.code), ['state-new']);
	});

	it('reports a token changed in pg3 there, with related locations in pg1 and pg2, and fixes all with one edit', async () => {
		const changed = text('pg3').replace('"etcd-cluster-1"', '"etcd-cluster-9"');
		await session.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 2 }, contentChanges: [{ text: changed }] });
		const diagnostics = await session.client.diagnosticsUntil(uri('pg3'), d => d.some(x => x.code === 'cluster-token-mismatch'));
		const mismatch = diagnostics.find(d => d.code === 'cluster-token-mismatch')!;
		assert.equal(mismatch.severity, 1);
		assert.deepEqual(mismatch.relatedInformation?.map(r => r.location.uri), [uri('pg1'), uri('pg2')]);
		const actions = await session.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('pg3') }, range: mismatch.range, context: { diagnostics: [mismatch] } }) as CodeAction[];
		const everywhere = actions.find(a => a.title === 'Use this file\'s token \'etcd-cluster-9\' on every member');
		assert.ok(everywhere, JSON.stringify(actions.map(a => a.title)));
		assert.deepEqual(Object.keys(everywhere.edit?.changes ?? {}).sort(), [uri('pg1'), uri('pg2')]);
		assert.deepEqual(everywhere.edit?.changes?.[uri('pg1')], [{ range: { start: { line: 8, character: 27 }, end: { line: 8, character: 43 } }, newText: '"etcd-cluster-9"' }]);
	});

	it('follows files changed on disk', async () => {
		for (const member of ['pg1', 'pg2']) writeFileSync(join(root, member, 'etcd'), text(member).replace('"etcd-cluster-1"', '"etcd-cluster-9"'));
		await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pg1'), type: 2 }, { uri: uri('pg2'), type: 2 }] });
		await session.client.diagnosticsUntil(uri('pg3'), d => !d.some(x => x.code === 'cluster-token-mismatch'));
	});

	it('indexes a new member file reported by the watcher, but not another file its broad globs match', async () => {
		const member = (name: string, subnet: number) => `ETCD_NAME="${name}"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.${subnet}.1:2380"\nETCD_INITIAL_CLUSTER="${name}=http://192.168.${subnet}.1:2380"\n`;
		mkdirSync(join(root, 'pg5'));
		writeFileSync(join(root, 'pg5', 'etcd'), member('pgfive', 77));
		writeFileSync(join(root, 'notes.sample'), member('pgsample', 78));
		const changes = ['pg5/etcd', 'notes.sample'].map(path => ({ uri: pathToFileURL(join(root, path)).toString(), type: 1 }));
		await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
		const names = async () => (await session.client.connection.sendRequest('workspace/symbol', { query: 'pg' }) as { name: string }[]).map(s => s.name);
		const deadline = Date.now() + 5000;
		while (!(await names()).includes('pgfive') && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
		assert.ok((await names()).includes('pgfive'), 'the new member file was not indexed');
		assert.ok(!(await names()).includes('pgsample'), 'a .sample file that is no etcd config was indexed');
	});

	it('raises nothing when pg3 lists the members in another order', async () => {
		const reordered = text('pg3').replace('"etcd-cluster-1"', '"etcd-cluster-9"')
			.replace('pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.204:2380,pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380');
		await session.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 3 }, contentChanges: [{ text: reordered }] });
		const diagnostics = await session.client.diagnosticsUntil(uri('pg3'), d => d.length === 1);
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
	});
});

describe('navigating a cluster over the protocol', () => {
	const session = onExampleCopy('etcd-config-nav-');
	const { root } = session;
	const uri = (member: string) => pathToFileURL(join(root, member, 'etcd')).toString();
	const text = (member: string) => readFileSync(join(root, member, 'etcd'), 'utf8');
	// Line 7 holds ETCD_INITIAL_CLUSTER="pg1=…,pg2=…,pg3=…"; pg2 starts at character 53.
	const onPg2 = { line: 7, character: 54 };

	before(async () => {
		await session.client.open(uri('pg3'), text('pg3'));
		await session.client.diagnosticsUntil(uri('pg1'), d => d.length > 0);
	});

	it('goes from a member in the list to its file\'s ETCD_NAME', async () => {
		const locations = await session.client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('pg3') }, position: onPg2 });
		assert.deepEqual(locations, [{ uri: uri('pg2'), range: { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } } }]);
	});

	it('finds every file that names the member', async () => {
		const locations = await session.client.connection.sendRequest('textDocument/references', { textDocument: { uri: uri('pg3') }, position: onPg2, context: { includeDeclaration: true } }) as { uri: string }[];
		assert.deepEqual(locations.map(l => l.uri).sort(), [uri('pg1'), uri('pg2'), uri('pg2'), uri('pg3')].sort());
	});

	it('renames a member in every file with one edit', async () => {
		const edit = await session.client.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri('pg3') }, position: onPg2, newName: 'pg2b' }) as { changes: Record<string, { newText: string }[]> };
		assert.deepEqual(Object.keys(edit.changes).sort(), [uri('pg1'), uri('pg2'), uri('pg3')].sort());
		assert.equal(edit.changes[uri('pg2')].length, 2);
		assert.ok(Object.values(edit.changes).flat().every(e => e.newText === 'pg2b'));
		await assert.rejects(session.client.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri('pg3') }, position: onPg2, newName: 'a b' }), /blanks/);
	});

	it('shows the cluster lens above ETCD_INITIAL_CLUSTER', async () => {
		const lenses = await session.client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('pg3') } }) as { range: { start: { line: number } }; command: { title: string; arguments: string[][] } }[];
		assert.equal(lenses.length, 1);
		assert.equal(lenses[0].range.start.line, 7);
		// The example has a patroni.yml beside each member: the lens names those nodes and lists their files too.
		assert.match(lenses[0].command.title, /^3 members · quorum 2 · tolerates 1 failure · 3 of 3 with a file here · files: pg1, pg2, pg3 · they agree · Patroni: pg1, pg2, pg3$/);
		const patroni = ['pg1', 'pg2', 'pg3'].map(member => pathToFileURL(join(root, member, 'patroni.yml')).toString());
		assert.deepEqual([...lenses[0].command.arguments[0]].sort(), [uri('pg1'), uri('pg2'), uri('pg3'), ...patroni].sort());
	});

	it('lists settings by group and finds members across the workspace', async () => {
		const symbols = await session.client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('pg3') } }) as { name: string; children: { name: string }[] }[];
		assert.deepEqual(symbols.map(s => s.name), ['Member', 'Clustering']);
		assert.ok(symbols[0].children.some(c => c.name === 'ETCD_NAME'));
		const members = await session.client.connection.sendRequest('workspace/symbol', { query: 'pg' }) as { name: string }[];
		assert.deepEqual(members.map(m => m.name).sort(), ['pg1', 'pg2', 'pg3']);
	});

	it('completes keys, states and the whole ETCD_INITIAL_CLUSTER of the cluster', async () => {
		const draft = uri('pg3').replace('/pg3/etcd', '/pg3/draft.etcd.env');
		await session.client.open(draft, 'ETCD_NAME="pg3"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"\nETCD_INITIAL_CLUSTER_ST\nETCD_INITIAL_CLUSTER=\n');
		const at = async (uri: string, line: number, character: number) => (await session.client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as { label: string }[]).map(i => i.label);
		assert.ok((await at(draft, 2, 23)).includes('ETCD_INITIAL_CLUSTER_STATE'));
		assert.deepEqual(await at(draft, 3, 21), ['pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380']);
		const state = uri('pg3').replace('/pg3/etcd', '/state.etcd.env');
		await session.client.open(state, 'ETCD_INITIAL_CLUSTER_STATE=\n');
		assert.deepEqual(await at(state, 0, 27), ['new', 'existing']);
	});
});
