import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { createLineIndex, offsetAt } from '../../server/src/engine/text/lineIndex';
import { fixtureFiles } from '../fixtures';
import { startClient, type TestClient } from './lspClient';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

/** What systemd hands to etcd: variable → value, later lines winning. */
function environment(text: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const setting of parseDocument('file:///f/etcd', text).settings) if (setting.source === 'env') env[setting.key] = setting.value;
	return env;
}

describe('formatting over the protocol', () => {
	let client: TestClient;
	before(async () => { client = await startClient(); });
	after(async () => { await client.stop(); });

	const format = async (uri: string, text: string, version: number): Promise<string> => {
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
		const edits = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } }) as TextEdit[] | null;
		const lines = createLineIndex(text);
		return applyChanges(text, (edits ?? []).map(edit => ({ span: { start: offsetAt(lines, edit.range.start), end: offsetAt(lines, edit.range.end) }, newText: edit.newText })));
	};

	for (const path of fixtureFiles()) {
		it(`is idempotent and keeps every value of ${path.split('/').slice(-3).join('/')}`, async () => {
			const uri = `${pathToFileURL(path).toString()}-formatted/etcd`;
			const text = readFileSync(path, 'utf8');
			await client.open(uri, text);
			const once = await format(uri, text, 2);
			assert.deepEqual(environment(once), environment(text));
			assert.equal(await format(uri, once, 3), once);
		});
	}
});
