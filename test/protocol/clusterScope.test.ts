import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens } from 'vscode-languageserver-types';
import { repoRoot } from '../fixtures';
import { startClient, type TestClient } from './lspClient';

/** Two workspace folders that each hold a copy of one cluster, and an untitled buffer with a member pasted into it. */
describe('what the server takes for one cluster', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-scope-'));
	const folder = (name: string) => join(root, name);
	const uri = (name: string, member: string) => pathToFileURL(join(folder(name), member, 'etcd')).toString();
	const text = (member: string) => readFileSync(join(repoRoot, 'examples', 'pg-cluster', member, 'etcd'), 'utf8');
	let client: TestClient;

	before(async () => {
		for (const name of ['checkout', 'backup']) cpSync(join(repoRoot, 'examples', 'pg-cluster'), folder(name), { recursive: true });
		// A lone test member in the checkout that names its cluster: it joins nothing else.
		writeFileSync(join(folder('checkout'), 'lab.etcd.env'), '# etcd-cluster: lab\nETCD_NAME="pg1"\nETCD_INITIAL_CLUSTER="pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380"\n');
		client = await startClient(undefined, { workspace: { codeLens: { refreshSupport: false } } }, ['checkout', 'backup'].map(name => ({ uri: pathToFileURL(folder(name)).toString(), name })));
	});
	after(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('keeps the two folders apart: no duplicate members, the lens counts one copy and its own folder\'s Patroni files', async () => {
		const diagnostics = await client.open(uri('checkout', 'pg1'), text('pg1'));
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
		const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('checkout', 'pg1') } }) as CodeLens[];
		const files = lenses[0].command!.arguments![0] as string[];
		const patroni = (member: string) => pathToFileURL(join(folder('checkout'), member, 'patroni.yml')).toString();
		assert.deepEqual(files.sort(), ['pg1', 'pg2', 'pg3'].flatMap(member => [uri('checkout', member), patroni(member)]).sort());
	});

	it('checks a Patroni file against its own folder\'s members, with its own folder\'s peers', async () => {
		const backup = pathToFileURL(join(folder('backup'), 'pg1', 'patroni.yml')).toString();
		const broken = readFileSync(join(folder('backup'), 'pg1', 'patroni.yml'), 'utf8').replace('192.168.45.204:2379', '192.168.45.204:2380');
		const diagnostics = await client.open(backup, broken, 'yaml');
		const peer = diagnostics.find(d => d.code === 'patroni-peer-port') ?? (await client.diagnosticsUntil(backup, d => d.some(x => x.code === 'patroni-peer-port'))).find(d => d.code === 'patroni-peer-port')!;
		assert.equal(peer.relatedInformation?.[0].location.uri, uri('backup', 'pg3'));
		const [lens] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: backup } }) as CodeLens[];
		assert.ok((lens.command!.arguments![0] as string[]).every(file => file.startsWith(pathToFileURL(folder('backup')).toString())), lens.command!.tooltip);
	});

	it('keeps an untitled buffer alone: no cross-file finding, no refactoring that would edit files on disk', async () => {
		const untitled = 'untitled:Untitled-1';
		const pasted = text('pg2').replace('"etcd-cluster-1"', '"etcd-cluster-9"');
		const diagnostics = await client.open(untitled, pasted);
		assert.ok(!diagnostics.some(d => d.code === 'cluster-token-mismatch'));
		const line = pasted.split('\n').findIndex(l => l.startsWith('ETCD_INITIAL_CLUSTER_STATE'));
		const range = { start: { line, character: 0 }, end: { line, character: 0 } };
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: untitled }, range, context: { diagnostics: [] } }) as CodeAction[];
		for (const action of actions) assert.deepEqual(Object.keys(action.edit?.changes ?? {}).filter(target => target !== untitled), [], action.title);
	});
});
