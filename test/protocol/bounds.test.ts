import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { startClient, type TestClient } from './lspClient';

/*
 * Bounded cost over the protocol (issue 16): a hover never waits for a large file's checks, and a keystroke in one
 * member of a large cluster re-checks that member only. The bounds are generous for a loaded CI machine; the real
 * figures are `npm run bench`'s.
 */

const elapsed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
	const start = performance.now();
	const result = await run();
	return [result, performance.now() - start];
};

describe('the server under load', () => {
	const roots: string[] = [];
	const clients: TestClient[] = [];
	after(async () => {
		await Promise.all(clients.map(client => client.stop().catch(() => client.process.kill())));
		roots.forEach(root => rmSync(root, { recursive: true, force: true }));
	});

	it('answers hovers on a 5,000-line file while each edit is checked, and publishes the edit\'s diagnostics', async () => {
		const client = await startClient();
		clients.push(client);
		const uri = 'file:///bounds/big/etcd';
		const lines = Array.from({ length: 5000 }, (_, i) => i % 2 ? `ETCD_SNAPSHOT_COUNT = "${i}"` : `# line ${i}`);
		const text = lines.join('\n') + '\n';
		await client.open(uri, text);
		for (let i = 0; i < 3; i++) {
			const edited = text.replace('# line 0', i % 2 ? '# line 0' : 'ETCD_NAEM=pg1');
			const diagnostics = client.diagnosticsUntil(uri, d => d.some(x => x.code === 'unknown-key') === (i % 2 === 0));
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited }] });
			const [, hover] = await elapsed(() => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4999, character: 3 } }));
			assert.ok(hover < 2000, `a hover waited ${hover.toFixed(0)} ms`);
			const [, published] = await elapsed(() => diagnostics);
			assert.ok(published < 10_000, `diagnostics took ${published.toFixed(0)} ms`);
		}
	});

	it('re-checks only the edited member of a 100-member cluster when what the others read of it stays the same', async () => {
		const root = mkdtempSync(join(tmpdir(), 'etcd-config-bounds-'));
		roots.push(root);
		const list = Array.from({ length: 100 }, (_, i) => `m${i}=http://10.9.0.${i}:2380`).join(',');
		const member = (i: number, count = '10000') => `ETCD_NAME="m${i}"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.9.0.${i}:2380"\nETCD_INITIAL_CLUSTER="${list}"\nETCD_INITIAL_CLUSTER_TOKEN="big"\nETCD_SNAPSHOT_COUNT="${count}"\n`;
		for (let i = 0; i < 100; i++) {
			mkdirSync(join(root, `m${i}`));
			writeFileSync(join(root, `m${i}`, 'etcd'), member(i));
		}
		const client = await startClient(undefined, {}, [{ uri: pathToFileURL(root).toString(), name: 'big' }]);
		clients.push(client);
		const uri = pathToFileURL(join(root, 'm0', 'etcd')).toString();
		await client.open(uri, member(0));
		const deadline = Date.now() + 30_000;
		while (new Set(client.published).size < 100) {
			assert.ok(Date.now() < deadline, `the cluster's files were not all published: ${new Set(client.published).size}`);
			await new Promise(resolve => setTimeout(resolve, 20));
		}
		const before = client.published.length;
		for (let i = 0; i < 6; i++) {
			const wrong = i % 2 === 0;
			const diagnostics = client.diagnosticsUntil(uri, d => d.some(x => x.code === 'invalid-value') === wrong);
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: member(0, wrong ? '10000x' : '10000') }] });
			const [, took] = await elapsed(() => diagnostics);
			assert.ok(took < 3000, `a keystroke took ${took.toFixed(0)} ms to its diagnostics`);
		}
		await new Promise(resolve => setTimeout(resolve, 200));
		assert.deepEqual(client.published.slice(before).filter(other => other !== uri), [], 'other members were published again');
		// A change of what the others read of it (its name, now m1's too) re-checks them: m1 is told of its twin.
		const m1 = pathToFileURL(join(root, 'm1', 'etcd')).toString();
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 20 }, contentChanges: [{ text: member(0).replace('"m0"', '"m1"') }] });
		await client.diagnosticsUntil(m1, d => d.some(x => x.code === 'duplicate-member-name'));
	});
});
