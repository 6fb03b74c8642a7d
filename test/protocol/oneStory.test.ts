import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { onExampleCopy, resolvingClient } from './lspClient';

/*
 * Issue 19 as the built server answers it: one finding for one wrong IP with one Ignore, and a new token for the
 * whole founding cluster, its edit of the other members left to codeAction/resolve, with a summary of the files.
 */

describe('one finding per mistake, fixes where the hand goes (over LSP)', () => {
	const session = onExampleCopy('etcd-config-story-', resolvingClient);
	const { root } = session;
	const uri = (member: string) => URI.file(join(root, member, 'etcd')).toString();
	const text = readFileSync(join(root, 'pg3', 'etcd'), 'utf8');


	const actionsOn = async (line: number) => await session.client.connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri: uri('pg3') }, range: { start: { line, character: 0 }, end: { line, character: 200 } }, context: { diagnostics: [] },
	}) as CodeAction[];

	it('one wrong advertised IP: one diagnostic, one Ignore', async () => {
		const wrong = text.replace('ADVERTISE_PEER_URLS="http://192.168.45.204', 'ADVERTISE_PEER_URLS="http://192.168.45.203');
		await session.client.open(uri('pg3'), text);
		await session.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 2 }, contentChanges: [{ text: wrong }] });
		const diagnostics = await session.client.diagnosticsUntil(uri('pg3'), d => d.some(x => x.code === 'advertise-peer-mismatch'));
		assert.deepEqual(diagnostics.map(d => d.code).sort(), ['advertise-peer-mismatch', 'state-new']);
		const titles = (await actionsOn(6)).map(a => a.title);
		assert.deepEqual(titles.filter(t => t.startsWith('Ignore')), ['Ignore advertise-peer-mismatch, advertise-not-served, peer-url-disagreement on this line']);
		await session.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 3 }, contentChanges: [{ text }] });
		await session.client.diagnosticsUntil(uri('pg3'), d => d.length === 1);
	});

	it('a new token for every founding member: resolved when chosen, one token in three files, and a summary', async () => {
		const everywhere = (await actionsOn(8)).find(a => a.title === 'Generate a new cluster token and use it on every member')!;
		assert.ok(everywhere && !everywhere.edit && everywhere.data, JSON.stringify(everywhere));
		assert.equal(everywhere.command?.command, 'etcd.showEditSummary');
		assert.match(String(everywhere.command?.arguments?.[0]), /^This edit changed 3 files: pg1\/etcd, pg2\/etcd, pg3\/etcd\.$/);
		const resolved = await session.client.connection.sendRequest('codeAction/resolve', everywhere) as CodeAction;
		const changes = resolved.edit!.documentChanges as TextDocumentEdit[];
		assert.deepEqual(changes.map(c => c.textDocument.uri).sort(), ['pg1', 'pg2', 'pg3'].map(uri));
		const tokens = new Set(changes.flatMap(c => c.edits.map(e => ('newText' in e ? e.newText : ''))));
		assert.equal(tokens.size, 1);
		assert.match([...tokens][0], /^"[0-9a-f]{16}"$/);
	});
});
