import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';
import { startClient } from './lspClient';

describe('security of the language server', () => {
	it('opens no connection, starts no process and logs no secret while serving a cluster', async () => {
		const root = mkdtempSync(join(tmpdir(), 'etcd-config-security-'));
		cpSync(join(repoRoot, 'examples', 'pg-cluster'), root, { recursive: true });
		const guard = join(repoRoot, 'test', 'protocol', 'forbid.cjs');
		const client = await startClient(undefined, { workspace: { configuration: false } }, [{ uri: pathToFileURL(root).toString(), name: 'c' }], ['--require', guard]);
		let stderr = '';
		client.process.stderr!.on('data', chunk => { stderr += chunk; });
		const logs: string[] = [];
		client.connection.onNotification('window/logMessage', (message: { message: string }) => { logs.push(message.message); });
		try {
			const uri = pathToFileURL(join(root, 'pg3', 'etcd')).toString();
			const secret = 's3cr3t-token-4d1f';
			const text = readFileSync(join(root, 'pg3', 'etcd'), 'utf8').replace('etcd-cluster-1', secret) + 'ETCD_DISCOVERY_PASSWORD="hunter2-password"\nbroken line\n';
			await client.open(uri, text);
			await client.diagnosticsUntil(pathToFileURL(join(root, 'pg1', 'etcd')).toString(), d => d.length > 0);
			for (let line = 0; line < 13; line++) {
				for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
					await client.connection.sendRequest(method, { textDocument: { uri }, position: { line, character: 4 } });
				}
				await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] } });
			}
			await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
			await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
			await client.connection.sendRequest('workspace/symbol', { query: '' });
		} finally {
			await client.stop();
			rmSync(root, { recursive: true, force: true });
		}
		assert.doesNotMatch(stderr, /FORBIDDEN/);
		assert.ok(logs.some(l => /indexed 3 etcd config files/.test(l)), 'the server did log, so the check below means something');
		assert.deepEqual(logs.filter(l => /s3cr3t|hunter2/.test(l)), []);
	});
});
