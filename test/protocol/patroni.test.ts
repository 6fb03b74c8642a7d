import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, Hover } from 'vscode-languageserver-types';
import { onExampleCopy } from './lspClient';

describe('Patroni files over the protocol', () => {
	const session = onExampleCopy('etcd-config-patroni-');
	const { root } = session;
	const uri = (path: string) => pathToFileURL(join(root, path)).toString();
	const text = (path: string) => readFileSync(join(root, path), 'utf8');


	it('checks pg2\'s patroni.yml against the indexed etcd members: a peer port is an error pointing at pg3\'s file', async () => {
		const broken = text('pg2/patroni.yml').replace('192.168.45.204:2379', '192.168.45.204:2380').replace('password: Zq7-oN4v-patroni', 'password: "192.168.45.204"');
		await session.client.open(uri('pg2/patroni.yml'), broken, 'yaml');
		const diagnostics = await session.client.diagnosticsUntil(uri('pg2/patroni.yml'), d => d.some(x => x.code === 'patroni-peer-port'));
		const peer = diagnostics.find(d => d.code === 'patroni-peer-port')!;
		assert.equal(peer.severity, 1);
		assert.deepEqual(peer.range, { start: { line: 13, character: 6 }, end: { line: 13, character: 25 } });
		assert.equal(peer.relatedInformation?.[0].location.uri, uri('pg3/etcd'));
		// The password (here an address, to be sure it would show) never leaves the server.
		assert.ok(!JSON.stringify(diagnostics).includes('"192.168.45.204"'));
	});

	it('hovers a key with our explanation and the section with its etcd cluster', async () => {
		const hover = await session.client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('pg2/patroni.yml') }, position: { line: 10, character: 3 } }) as Hover;
		assert.match(JSON.stringify(hover.contents), /client\*\* URLs/);
		const section = await session.client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('pg2/patroni.yml') }, position: { line: 9, character: 2 } }) as Hover;
		assert.match(JSON.stringify(section.contents), /etcd cluster: pg1, pg2, pg3/);
	});

	it('completes a host from the members\' advertised client URLs', async () => {
		const items = await session.client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri('pg2/patroni.yml') }, position: { line: 13, character: 6 } }) as CompletionItem[];
		assert.deepEqual(items.map(item => item.label), ['192.168.45.201:2379', '192.168.45.202:2379', '192.168.45.204:2379']);
	});

	it('names the Patroni nodes in the etcd cluster lens, and offers their files in its list', async () => {
		await session.client.open(uri('pg1/etcd'), text('pg1/etcd'));
		const [lens] = await session.client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('pg1/etcd') } }) as CodeLens[];
		assert.match(lens.command!.title, / · Patroni: pg1, pg2, pg3$/);
		const files = (lens.command!.arguments![0] as string[]).map(file => file.slice(pathToFileURL(root).toString().length + 1)).sort();
		assert.deepEqual(files, ['pg1/etcd', 'pg1/patroni.yml', 'pg2/etcd', 'pg2/patroni.yml', 'pg3/etcd', 'pg3/patroni.yml']);
	});

	it('offers to switch etcd: to etcd3:, and follows an edit of a member', async () => {
		const v2 = text('pg1/patroni.yml').replace('etcd3:', 'etcd:');
		await session.client.open(uri('pg1/patroni.yml'), v2, 'yaml');
		const diagnostics = await session.client.diagnosticsUntil(uri('pg1/patroni.yml'), d => d.some(x => x.code === 'patroni-v2-api'));
		const found = diagnostics.find(d => d.code === 'patroni-v2-api')!;
		assert.equal(found.severity, 1);
		const actions = await session.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('pg1/patroni.yml') }, range: found.range, context: { diagnostics: [found] } }) as CodeAction[];
		assert.match(actions[0].title, /^Switch to etcd3:/);
		// pg3 now advertises another address: pg1's Patroni file, open beside it, hears of it.
		await session.client.open(uri('pg3/etcd'), text('pg3/etcd').replace('ETCD_ADVERTISE_CLIENT_URLS="http://192.168.45.204:2379"', 'ETCD_ADVERTISE_CLIENT_URLS="http://192.168.45.203:2379"'));
		const after = await session.client.diagnosticsUntil(uri('pg1/patroni.yml'), d => d.some(x => x.code === 'patroni-host-not-advertised'));
		assert.equal(after.find(d => d.code === 'patroni-host-not-advertised')?.severity, 2);
	});
});
