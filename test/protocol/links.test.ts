import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, DocumentLink, Location } from 'vscode-languageserver-types';
import { exampleFile, startClient, type TestClient } from './lspClient';

/* Quiet by default: no link on keys or URLs; a path opens its file only where that file exists. */
describe('links, definition on paths and value completion over stdio', () => {
	let client: TestClient;
	const dir = mkdtempSync(join(tmpdir(), 'etcd-links-'));
	const cert = join(dir, 'pki', 'pg1.crt');
	before(async () => {
		mkdirSync(join(dir, 'pki'));
		writeFileSync(cert, 'not a real certificate\n');
		client = await startClient();
	});
	after(async () => {
		await client.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	const links = (uri: string) => client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } }) as Promise<DocumentLink[]>;

	it('gives the example pg3 no document link at all (its data dir is a folder, its URLs are members\')', async () => {
		const { uri, text } = exampleFile('pg3');
		await client.open(uri, text);
		assert.deepEqual(await links(uri), []);
	});

	it('links a certificate that exists, not one that does not, and opens it on go to definition', async () => {
		const uri = pathToFileURL(join(dir, 'etcd')).toString();
		await client.open(uri, `ETCD_NAME=pg1\nETCD_CERT_FILE="${cert}"\nETCD_KEY_FILE="${join(dir, 'pki', 'missing.key')}"\n`);
		assert.deepEqual((await links(uri)).map(link => [link.range.start.line, link.target]), [[1, pathToFileURL(cert).toString()]]);
		const onCert = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 1, character: 20 } }) as Location[];
		assert.deepEqual(onCert.map(location => location.uri), [pathToFileURL(cert).toString()]);
		const onKey = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 20 } }) as Location[];
		assert.deepEqual(onKey, []);
	});

	it('completes inside empty quotes with etcd\'s default, so the editor has no reason to fall back to words', async () => {
		const uri = pathToFileURL(join(dir, 'quoted', 'etcd')).toString();
		await client.open(uri, 'ETCD_HEARTBEAT_INTERVAL=""\n');
		const answer = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 25 } }) as CompletionItem[] | CompletionList;
		const items = Array.isArray(answer) ? answer : answer.items;
		assert.deepEqual(items.map(item => item.label), ['100']);
	});
});
