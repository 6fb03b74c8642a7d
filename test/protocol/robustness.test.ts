import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { exampleFile, startClient, type TestClient } from './lspClient';

describe('the server under bad input and protocol abuse', () => {
	let client: TestClient;
	const { uri, text } = exampleFile('pg3');
	const healthy = async () => {
		const result = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 3 } }) as Hover;
		assert.match((result.contents as MarkupContent).value, /ETCD_INITIAL_CLUSTER_STATE/);
	};

	before(async () => {
		client = await startClient();
		await client.open(uri, text);
	});
	after(async () => { await client.stop(); });

	it('answers requests for unknown documents, positions past the end and closed documents with null', async () => {
		for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/codeLens', 'textDocument/documentSymbol']) {
			const result = await client.connection.sendRequest(method, { textDocument: { uri: 'file:///nowhere/etcd' }, position: { line: 0, character: 0 } });
			assert.equal(result, null, method);
		}
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } }), null);
		await healthy();
	});

	it('answers malformed parameters and unknown methods with an error and keeps serving', async () => {
		// A request without a document is answered (null), not left hanging and not fatal.
		assert.equal(await client.connection.sendRequest('textDocument/hover', { nonsense: true }), null);
		await assert.rejects(client.connection.sendRequest('etcd/noSuchMethod', {}), /Unhandled method|MethodNotFound|not found/i);
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened', version: 2 }, contentChanges: [{ text: 'x' }] });
		await healthy();
	});

	it('says once that a huge document is too large, instead of analysing it', async () => {
		const huge = 'file:///tmp/huge/etcd';
		const diagnostics = await client.open(huge, 'ETCD_NAME="pg1"\n' + '# filler line for the size test\n'.repeat(40_000));
		assert.equal(diagnostics.length, 1);
		assert.match(String(diagnostics[0].message), /larger than 1 MB/);
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: huge }, position: { line: 0, character: 2 } }), null);
		await healthy();
	});

	it('survives binary content, NUL bytes, lone surrogates and every line ending', async () => {
		const odd = 'file:///tmp/odd/etcd';
		const diagnostics = await client.open(odd, 'ETCD_NAME="a\u0000b"\r\n\u0001\u0002\uFFFD\uD800\rETCD_DATA_DIR=\'/x\r\n\n\r');
		assert.ok(Array.isArray(diagnostics));
		for (let line = 0; line < 5; line++) for (const character of [0, 3, 50]) {
			await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: odd }, position: { line, character } });
		}
		await healthy();
	});

	it('answers a closed document with null, and a cancelled request with its answer or RequestCancelled', async () => {
		const closed = 'file:///tmp/closed/etcd';
		await client.open(closed, text);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: closed }, position: { line: 9, character: 3 } }), null);
		for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction']) {
			const source = new CancellationTokenSource();
			const params = { textDocument: { uri }, position: { line: 9, character: 3 }, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } };
			const answer = client.connection.sendRequest(method, params, source.token);
			source.cancel();
			// Our handlers are quick: the answer may be out before the cancellation arrives, and either is right.
			await answer.catch(error => assert.equal((error as ResponseError<unknown>).code, LSPErrorCodes.RequestCancelled, method));
		}
		await client.connection.sendNotification('$/cancelRequest', { id: 987_654 });
		await healthy();
	});
});

describe('the server during shutdown', () => {
	it('refuses requests after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
		const client = await startClient();
		const exited = once(client.process, 'exit');
		try {
			const { uri, text } = exampleFile('pg3');
			await client.open(uri, text);
			assert.equal(await client.connection.sendRequest('shutdown'), null);
			for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/formatting']) {
				await assert.rejects(client.connection.sendRequest(method, { textDocument: { uri }, position: { line: 9, character: 3 }, options: { tabSize: 4, insertSpaces: false } }),
					(error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidRequest, method);
			}
			// A notification after shutdown does not stand in the way of the exit.
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text + '\n' }] });
			await client.connection.sendNotification('exit');
			const [code] = await exited;
			assert.equal(code, 0);
		} finally {
			client.process.kill();
			client.connection.dispose();
		}
	});
});
