import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import { exampleFile, startClient, type TestClient } from './lspClient';

function positionOf(text: string, needle: string, delta = 0): Position {
	const offset = text.indexOf(needle) + delta;
	const before = text.slice(0, offset).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hoverText(client: TestClient, uri: string, position: Position): Promise<string> {
	const result = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Hover | null;
	return result ? (result.contents as MarkupContent).value : '';
}

describe('language server over stdio', () => {
	let client: TestClient;
	before(async () => { client = await startClient(); });
	after(async () => { await client.stop(); });

	it('answers initialize with hover support', async () => {
		const other = await startClient();
		try {
			assert.ok(other.process.pid);
		} finally {
			await other.stop();
		}
	});

	it('opens the example pg3 without syntax problems', async () => {
		const { uri, text } = exampleFile('pg3');
		const diagnostics = await client.open(uri, text);
		assert.deepEqual(diagnostics.filter(d => d.code === 'invalid-line' || d.code === 'unterminated-quote'), []);
	});

	it('explains new and existing on ETCD_INITIAL_CLUSTER_STATE', async () => {
		const { uri, text } = exampleFile('pg3');
		const onKey = await hoverText(client, uri, positionOf(text, 'ETCD_INITIAL_CLUSTER_STATE', 3));
		assert.match(onKey, /ETCD_INITIAL_CLUSTER_STATE/);
		assert.match(onKey, /`new`/);
		assert.match(onKey, /`existing`/);
		const onValue = await hoverText(client, uri, positionOf(text, '"new"', 2));
		assert.match(onValue, /\*\*`new`\*\*/);
		assert.match(onValue, /existing/);
	});

	it('shows pg1\'s peer URL on pg1 inside ETCD_INITIAL_CLUSTER', async () => {
		const { uri, text } = exampleFile('pg3');
		const value = await hoverText(client, uri, positionOf(text, 'pg1=http', 1));
		assert.match(value, /Member `pg1`/);
		assert.match(value, /http:\/\/192\.168\.45\.201:2380/);
		assert.doesNotMatch(value, /this member/);
		const own = await hoverText(client, uri, positionOf(text, 'pg3=http', 1));
		assert.match(own, /Member `pg3`\*\* \(this member\)/);
	});

	it('suggests ETCD_NAME for ETCD_NAEM', async () => {
		const uri = 'file:///tmp/naem/etcd';
		await client.open(uri, 'ETCD_NAEM="pg1"\n');
		const value = await hoverText(client, uri, { line: 0, character: 4 });
		assert.match(value, /not an etcd 3\.5 option/);
		assert.match(value, /Did you mean `ETCD_NAME`/);
	});

	it('publishes a syntax diagnostic and clears it after the fix', async () => {
		const uri = 'file:///tmp/broken/etcd';
		const diagnostics = await client.open(uri, 'ETCD_NAME="pg1"\nhostname\n');
		const invalid = diagnostics.find(d => d.code === 'invalid-line');
		assert.ok(invalid, 'invalid-line reported');
		assert.deepEqual(invalid.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
		assert.equal(invalid.source, 'etcd');
		assert.match(invalid.codeDescription?.href ?? '', /docs\/rules\.md#invalid-line$/);
		const next = client.nextDiagnostics(uri);
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# ' }],
		});
		assert.deepEqual((await next).filter(d => d.code === 'invalid-line'), []);
	});

	it('speaks of the configured etcd version', async () => {
		const other = await startClient({ settings: { version: '3.4' } });
		try {
			const uri = 'file:///tmp/v34/etcd';
			await other.open(uri, 'ETCD_NAEM=x\n');
			assert.match(await hoverText(other, uri, { line: 0, character: 2 }), /not an etcd 3\.4 option/);
		} finally {
			await other.stop();
		}
	});

	it('answers null for a document it does not know and keeps serving', async () => {
		assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope' }, position: { line: 0, character: 0 } }), null);
		const { uri, text } = exampleFile('pg3');
		assert.match(await hoverText(client, uri, positionOf(text, 'ETCD_NAME', 1)), /ETCD_NAME/);
	});
});

describe('quick fixes over the protocol (the mistakes in the user\'s notes)', () => {
	let client: TestClient;
	before(async () => { client = await startClient(); });
	after(async () => { await client.stop(); });

	async function actionsAt(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
		const diagnostics = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only } })) as CodeAction[];
		return diagnostics;
	}

	function apply(text: string, action: CodeAction, uri: string): string {
		const edits = [...(action.edit?.changes?.[uri] ?? [])].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
		const lines = text.split('\n');
		for (const edit of edits) {
			const before = lines.slice(0, edit.range.start.line).join('\n').length + (edit.range.start.line > 0 ? 1 : 0) + edit.range.start.character;
			const after = lines.slice(0, edit.range.end.line).join('\n').length + (edit.range.end.line > 0 ? 1 : 0) + edit.range.end.character;
			text = text.slice(0, before) + edit.newText + text.slice(after);
		}
		return text;
	}

	it('advertise mismatch: an error on the advertise value, and its fix restores the file exactly', async () => {
		const { text } = exampleFile('pg3');
		const uri = 'file:///tmp/seed-advertise/etcd';
		const broken = text.replace('ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.203:2380"');
		const diagnostics = await client.open(uri, broken);
		const mismatch = diagnostics.find(d => d.code === 'advertise-peer-mismatch');
		assert.ok(mismatch);
		assert.equal(mismatch.severity, 1);
		assert.deepEqual(mismatch.range, { start: { line: 6, character: 33 }, end: { line: 6, character: 61 } });
		const fix = (await actionsAt(uri, mismatch.range)).find(a => /^Advertise/.test(a.title));
		assert.ok(fix);
		assert.equal(apply(broken, fix, uri), text);
		// Open documents join the clusters of the others: close it so the next tests see only their own files.
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	});

	it('default token: a warning whose fix writes a fresh 16-hex token', async () => {
		const { text } = exampleFile('pg3');
		const uri = 'file:///tmp/seed-token/etcd';
		const broken = text.replace('ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster"');
		const token = (await client.open(uri, broken)).find(d => d.code === 'cluster-token');
		assert.ok(token);
		assert.equal(token.severity, 2);
		const tokens = new Set<string>();
		for (let i = 0; i < 2; i++) {
			const fix = (await actionsAt(uri, token.range)).find(a => a.title === 'Generate a new cluster token');
			assert.ok(fix);
			const fixed = apply(broken, fix, uri);
			const match = /ETCD_INITIAL_CLUSTER_TOKEN="([0-9a-f]{16})"\n/.exec(fixed);
			assert.ok(match, fixed);
			assert.equal(fixed, broken.replace('"etcd-cluster"', `"${match[1]}"`));
			tokens.add(match[1]);
		}
		assert.equal(tokens.size, 2, 'each fix draws a new token');
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	});

	it('state: the reminder on new, and a switch to existing on the line', async () => {
		const { uri, text } = exampleFile('pg2');
		const diagnostics = await client.open(uri, text);
		assert.deepEqual(diagnostics.map(d => d.code), ['state-new']);
		const line = { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } };
		const refactor = (await actionsAt(uri, line, ['refactor'])).find(a => a.kind === 'refactor.rewrite');
		assert.ok(refactor);
		assert.equal(apply(text, refactor, uri), text.replace('STATE="new"', 'STATE="existing"'));
	});

	it('offers a suppression comment on every diagnostic, and fix-all', async () => {
		const uri = 'file:///tmp/suppress/etcd';
		const text = 'ETCD_NAME="pg1"\nhostname\n';
		const [invalid] = await client.open(uri, text);
		const suppress = (await actionsAt(uri, invalid.range)).find(a => /^Ignore invalid-line/.test(a.title));
		assert.ok(suppress);
		assert.equal(apply(text, suppress, uri), 'ETCD_NAME="pg1"\n# etcd-config-disable-next-line invalid-line\nhostname\n');
		const next = client.nextDiagnostics(uri);
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: apply(text, suppress, uri) }] });
		assert.deepEqual((await next).filter(d => d.code === 'invalid-line'), []);
	});
});
