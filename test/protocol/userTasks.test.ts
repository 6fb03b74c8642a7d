import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, CodeLens, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { onExampleCopy, resolvingClient } from './lspClient';

/*
 * The user's own tasks on the example cluster, each as the steps a user takes in the editor (a code action chosen
 * from the light bulb, a file written), done through the built server and checked on the files they leave behind.
 * The closing note of issue 19 counts these steps.
 */

describe('the user\'s tasks on examples/pg-cluster, step by step (over LSP)', () => {
	const session = onExampleCopy('etcd-config-tasks-', resolvingClient);
	const { root } = session;
	const path = (member: string) => join(root, member, 'etcd');
	const uri = (member: string) => URI.file(path(member)).toString();
	const memberOf = (fileUri: string) => URI.parse(fileUri).fsPath.slice(root.length + 1).split('/')[0];
	let version = 1;


	/** The light bulb's entries on a line of a member's file. */
	const actionsOn = async (member: string, line: number) => await session.client.connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri: uri(member) }, range: { start: { line, character: 0 }, end: { line, character: 300 } }, context: { diagnostics: [] },
	}) as CodeAction[];
	const lineOf = (member: string, key: string) => readFileSync(path(member), 'utf8').split('\n').findIndex(line => line.startsWith(key));

	/** Chooses an entry as VS Code does (resolving its edit when it has none), writes the files and tells the server. */
	async function choose(member: string, key: string, title: string | RegExp): Promise<string[]> {
		const offered = await actionsOn(member, lineOf(member, key));
		const picked = offered.find(action => typeof title === 'string' ? action.title === title : title.test(action.title));
		assert.ok(picked, `"${String(title)}" is not among ${JSON.stringify(offered.map(a => a.title))}`);
		const action = picked.edit ? picked : await session.client.connection.sendRequest('codeAction/resolve', picked) as CodeAction;
		const written = applyToDisk(action.edit!);
		for (const changed of written) {
			await session.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: changed, version: ++version }, contentChanges: [{ text: readFileSync(URI.parse(changed).fsPath, 'utf8') }] });
		}
		return written.map(memberOf).sort();
	}

	function applyToDisk(edit: WorkspaceEdit): string[] {
		const perFile = edit.documentChanges
			? (edit.documentChanges as TextDocumentEdit[]).map(change => [change.textDocument.uri, change.edits] as const)
			: Object.entries(edit.changes ?? {});
		for (const [fileUri, edits] of perFile) {
			const file = URI.parse(fileUri).fsPath;
			const before = TextDocument.create(fileUri, 'etcd', 0, readFileSync(file, 'utf8'));
			writeFileSync(file, TextDocument.applyEdits(before, edits.map(e => ('newText' in e ? e : { range: e.range, newText: '' }))));
		}
		return perFile.map(([fileUri]) => fileUri);
	}

	const value = (member: string, key: string) => /="?([^"\n]*)"?/.exec(readFileSync(path(member), 'utf8').split('\n')[lineOf(member, key)])?.[1];

	it('new token: one choice on the token value gives every founding member the same fresh token', async () => {
		for (const member of ['pg1', 'pg2', 'pg3']) await session.client.open(uri(member), readFileSync(path(member), 'utf8'));
		const changed = await choose('pg2', 'ETCD_INITIAL_CLUSTER_TOKEN', 'Generate a new cluster token and use it on every member');
		assert.deepEqual(changed, ['pg1', 'pg2', 'pg3']);
		const tokens = new Set(['pg1', 'pg2', 'pg3'].map(member => value(member, 'ETCD_INITIAL_CLUSTER_TOKEN')));
		assert.equal(tokens.size, 1);
		assert.match([...tokens][0]!, /^[0-9a-f]{16}$/);
	});

	it('switch to existing: one choice on `new` switches every member, and the note about `new` is gone', async () => {
		assert.ok(session.client.lastDiagnostics(uri('pg1'))?.some(d => d.code === 'state-new'));
		const changed = await choose('pg1', 'ETCD_INITIAL_CLUSTER_STATE', /^Switch every member to existing/);
		assert.deepEqual(changed, ['pg1', 'pg2', 'pg3']);
		for (const member of ['pg1', 'pg2', 'pg3']) {
			assert.equal(value(member, 'ETCD_INITIAL_CLUSTER_STATE'), 'existing');
			await session.client.diagnosticsUntil(uri(member), d => d.length === 0);
		}
	});

	it('a fourth member: its file written after `etcdctl member add`, then one choice adds it to every member\'s list', async () => {
		mkdirSync(join(root, 'pg4'));
		const pg4 = readFileSync(path('pg3'), 'utf8').replaceAll('pg3"', 'pg4"').replaceAll('192.168.45.204', '192.168.45.205')
			.replace(/ETCD_INITIAL_CLUSTER="([^"]*)"/, (_, list: string) => `ETCD_INITIAL_CLUSTER="${list.replace('pg3=http://192.168.45.205', 'pg3=http://192.168.45.204')},pg4=http://192.168.45.205:2380"`);
		writeFileSync(path('pg4'), pg4);
		await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pg4'), type: 1 }] });
		await session.client.open(uri('pg4'), pg4);
		const changed = await choose('pg4', 'ETCD_INITIAL_CLUSTER=', 'Add pg4 to every member\'s ETCD_INITIAL_CLUSTER');
		assert.deepEqual(changed, ['pg1', 'pg2', 'pg3']);
		for (const member of ['pg1', 'pg2', 'pg3', 'pg4']) {
			assert.equal(value(member, 'ETCD_INITIAL_CLUSTER='), value('pg4', 'ETCD_INITIAL_CLUSTER='));
			// Four members are a fine step on the way to five; the count's note is all that is left.
			await session.client.diagnosticsUntil(uri(member), d => d.every(x => x.code === 'even-member-count'));
		}
		const lenses = await session.client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('pg1') } }) as CodeLens[];
		const titles = await Promise.all(lenses.map(async lens => lens.command ?? (await session.client.connection.sendRequest('codeLens/resolve', lens) as CodeLens).command));
		assert.ok(titles.some(command => /^4 members · quorum 3/.test(command?.title ?? '')), JSON.stringify(titles));
	});
});
