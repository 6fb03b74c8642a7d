import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { exampleFile, startClient, type TestClient } from '../protocol/lspClient';
import { exampleShaped, pathologicalCases } from './pathologicalTexts';

/** The server's resident memory, MB. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

describe('the server over stdio on pathological input', () => {
	let client: TestClient;
	const example = exampleFile('pg3');
	const hoverAt = (uri: string, line: number, character: number) =>
		client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
	const healthy = async () => {
		const result = await hoverAt(example.uri, 9, 3);
		assert.match((result?.contents as MarkupContent).value, /ETCD_INITIAL_CLUSTER_STATE/);
	};

	before(async () => {
		client = await startClient();
		await client.open(example.uri, example.text);
	});
	after(async () => { await client.stop(); });

	pathologicalCases.forEach(({ name, text, expect }, index) => {
		it(`${name}: diagnostics and hovers within bounded time, then a normal hover`, async () => {
			const uri = `file:///hardening/case-${index}/etcd`;
			const start = performance.now();
			const diagnostics = await client.open(uri, text);
			if (expect === 'limit') {
				assert.equal(diagnostics.length, 1);
				assert.equal(diagnostics[0].severity, 3);
				assert.match(String(diagnostics[0].message), /does not analyse it/);
			}
			for (const [line, character] of [[0, 0], [0, 7], [0, 100_000], [9, 3], [500_000, 2]]) await hoverAt(uri, line, character);
			const seconds = (performance.now() - start) / 1000;
			assert.ok(seconds < 15, `${name}: ${seconds.toFixed(1)} s`);
			if (exampleShaped.has(name)) assert.match(JSON.stringify((await hoverAt(uri, 9, 3))?.contents), /ETCD_INITIAL_CLUSTER_STATE/);
			await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
			await healthy();
		});
	});

	it('keeps its memory bounded after all of them', () => {
		const rss = rssOf(client.process.pid!);
		assert.ok(rss < 400, `${rss.toFixed(0)} MB resident`);
	});
});
