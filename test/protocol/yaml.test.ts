import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-types';
import { repoRoot } from '../fixtures';
import { startClient, type TestClient } from './lspClient';

/** A cluster whose members are written in both formats: pg1 as an env file, pg2 and pg3 as YAML configs. */
function mixedCluster(root: string): void {
	cpSync(join(repoRoot, 'examples', 'pg-cluster', 'pg1'), join(root, 'pg1'), { recursive: true });
	// The YAML example is a cluster of its own (its own subnet and token): put two of its members on pg1's.
	for (const member of ['pg2', 'pg3']) {
		const yaml = readFileSync(join(repoRoot, 'examples', 'yaml-cluster', member, 'etcd.conf.yml'), 'utf8');
		mkdirSync(join(root, member));
		writeFileSync(join(root, member, 'etcd.conf.yml'), yaml.replace(/192\.168\.47\./g, '192.168.45.').replace('etcd-cluster-7', 'etcd-cluster-1'));
	}
}

describe('YAML config files over the protocol', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-yaml-'));
	const file = (member: string) => join(root, member, member === 'pg1' ? 'etcd' : 'etcd.conf.yml');
	const uri = (member: string) => pathToFileURL(file(member)).toString();
	const text = (member: string) => readFileSync(file(member), 'utf8');
	let client: TestClient;
	let companion: TestClient;

	before(async () => {
		mixedCluster(root);
		const folders = [{ uri: pathToFileURL(root).toString(), name: 'mixed' }];
		client = await startClient(undefined, {}, folders);
		companion = await startClient({ yamlCompanion: true }, {}, folders);
	});
	after(async () => {
		await client.stop();
		await companion.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('sees env and YAML members as one agreeing cluster', async () => {
		await client.open(uri('pg3'), text('pg3'));
		assert.deepEqual((await client.diagnosticsUntil(uri('pg3'), d => d.length > 0)).map(d => d.code), ['state-new']);
		assert.deepEqual((await client.diagnosticsUntil(uri('pg1'), d => d.length > 0)).map(d => d.code), ['state-new']);
	});

	it('a token changed in the YAML member is a cross-format error pointing into both other files', async () => {
		const changed = text('pg3').replace('initial-cluster-token: etcd-cluster-1', 'initial-cluster-token: etcd-cluster-9');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 2 }, contentChanges: [{ text: changed }] });
		const diagnostics = await client.diagnosticsUntil(uri('pg3'), d => d.some(x => x.code === 'cluster-token-mismatch'));
		const mismatch = diagnostics.find(d => d.code === 'cluster-token-mismatch')!;
		assert.deepEqual(mismatch.relatedInformation?.map(r => r.location.uri).sort(), [uri('pg1'), uri('pg2')].sort());
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 3 }, contentChanges: [{ text: text('pg3') }] });
		await client.diagnosticsUntil(uri('pg3'), d => !d.some(x => x.code === 'cluster-token-mismatch'));
	});

	it('hovers a YAML key with our documentation, and a nanosecond duration in words', async () => {
		const withDuration = `${text('pg3')}grpc-keepalive-timeout: 20000000000\n`;
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('pg3'), version: 4 }, contentChanges: [{ text: withDuration }] });
		const line = withDuration.split('\n').findIndex(l => l.startsWith('initial-cluster-state'));
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('pg3') }, position: { line, character: 3 } }) as Hover;
		assert.match(JSON.stringify(hover.contents), /initial-cluster-state|ETCD_INITIAL_CLUSTER_STATE/);
		const hints = await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uri('pg3') }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } }) as { label: string }[];
		assert.ok(hints.some(h => h.label === '= 20 s'), JSON.stringify(hints));
	});

	it('completes YAML keys at the start of a line and enum values after the colon', async () => {
		const draft = 'name: pg9\ninitial-cluster-st\n';
		await client.open('file:///draft/etcd.conf.yml', draft);
		const keys = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///draft/etcd.conf.yml' }, position: { line: 1, character: 18 } }) as CompletionItem[];
		const state = keys.find(item => item.label === 'initial-cluster-state');
		assert.equal((state?.textEdit as { newText: string }).newText, 'initial-cluster-state: ');
		assert.ok(!keys.some(item => item.label === 'name'), 'name is set already');
		assert.ok(!keys.some(item => String(item.label).startsWith('ETCD_')), 'no env keys in YAML');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///draft/etcd.conf.yml', version: 2 }, contentChanges: [{ text: 'initial-cluster-state: \nclient-transport-security:\n  \n' }] });
		const values = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///draft/etcd.conf.yml' }, position: { line: 0, character: 23 } }) as CompletionItem[];
		assert.deepEqual(values.map(v => v.label).sort(), ['existing', 'new']);
		const nested = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///draft/etcd.conf.yml' }, position: { line: 2, character: 2 } }) as CompletionItem[];
		assert.ok(nested.some(item => item.label === 'cert-file') && !nested.some(item => item.label === 'name'), JSON.stringify(nested.map(i => i.label)));
	});

	it('reports a YAML trap with a fix; beside Red Hat YAML the finding is left to it while the fix stays', async () => {
		const broken = 'name: pg9\ngrpc-keepalive-timeout: 5s\ninitial-cluster-state: bogus\nlisten-client-urls: http://etcd.example:2379\n';
		const draft = 'file:///trap/etcd.conf.yml';
		await client.open(draft, broken);
		const diagnostics = await client.diagnosticsUntil(draft, d => d.length > 0);
		const duration = diagnostics.find(d => d.code === 'yaml-duration') as Diagnostic;
		assert.ok(duration, JSON.stringify(diagnostics));
		await companion.open(draft, broken);
		// etcd's own checks stay: a host name to listen on is nothing a schema can know.
		const quiet = await companion.diagnosticsUntil(draft, d => d.some(x => x.code === 'listen-host-name'));
		assert.deepEqual(quiet.filter(d => String(d.code).startsWith('yaml-') || d.code === 'invalid-value'), []);
		const actions = await companion.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: draft }, range: duration.range, context: { diagnostics: [] } }) as CodeAction[];
		assert.ok(actions.some(a => a.title === 'Write 5000000000 (nanoseconds)'), JSON.stringify(actions.map(a => a.title)));
		const keyHover = await companion.connection.sendRequest('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 2 } });
		assert.equal(keyHover, null);
		// Keys and enum values come from the schema there; a fresh token is ours alone.
		await companion.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 2 }, contentChanges: [{ text: 'initial-cluster-st\ninitial-cluster-state: \ninitial-cluster-token: \n' }] });
		const complete = (line: number, character: number) => companion.connection.sendRequest('textDocument/completion', { textDocument: { uri: draft }, position: { line, character } }) as Promise<CompletionItem[]>;
		assert.deepEqual(await complete(0, 18), []);
		assert.deepEqual(await complete(1, 23), []);
		assert.equal((await complete(2, 23)).length, 1);
	});
});
