import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import type { DocumentLink } from 'vscode-languageserver-types';
import { startInFolder, type TestClient } from './lspClient';

/*
 * Over stdio, on a workspace folder as a repository of host files keeps them: a unit and the env file its
 * EnvironmentFile= loads are one member. Opening the unit shows the clash in both files; the path is a link to the
 * env file; an edit of the env file is seen in the unit at once.
 */
describe('a unit and its EnvironmentFile= in the editor', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-member-links-'));
	const unitPath = join(root, 'db1', 'etcd.service');
	const envPath = join(root, 'db1', 'etcd.env');
	const unitText = '[Unit]\nDescription=etcd\n\n[Service]\nType=notify\nEnvironmentFile=-/etc/etcd/etcd.env\nExecStart=/usr/local/bin/etcd \\\n  --name db1 \\\n  --heartbeat-interval 200\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n';
	const envText = 'ETCD_NAME="db1"\nETCD_DATA_DIR="/var/lib/etcd"\nETCD_LISTEN_PEER_URLS="http://10.30.0.11:2380"\nETCD_LISTEN_CLIENT_URLS="http://10.30.0.11:2379"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.30.0.11:2380"\nETCD_ADVERTISE_CLIENT_URLS="http://10.30.0.11:2379"\nETCD_INITIAL_CLUSTER="db1=http://10.30.0.11:2380"\n';
	const unitUri = URI.file(unitPath).toString();
	const envUri = URI.file(envPath).toString();
	let client: TestClient;
	before(async () => {
		mkdirSync(join(root, 'db1'));
		writeFileSync(unitPath, unitText);
		writeFileSync(envPath, envText);
		client = await startInFolder(root);
	});
	after(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('reports the option given in both files, in the unit and in the env file left closed', async () => {
		const envDiagnostics = client.diagnosticsUntil(envUri, found => found.some(d => d.code === 'flag-and-variable'));
		const onUnit = await client.open(unitUri, unitText, 'systemd-unit-file');
		const clash = onUnit.find(d => d.code === 'flag-and-variable');
		assert.ok(clash, JSON.stringify(onUnit));
		assert.equal(clash.range.start.line, 7);
		assert.deepEqual(clash.relatedInformation?.map(r => [r.location.uri, r.location.range.start.line]), [[envUri, 0]]);
		const onEnv = (await envDiagnostics).filter(d => d.code === 'flag-and-variable');
		assert.deepEqual(onEnv.map(d => [d.range.start.line, d.relatedInformation?.[0].location.uri]), [[0, unitUri]]);
	});

	it('links the EnvironmentFile= path to the env file of the workspace', async () => {
		const links = await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: unitUri } }) as DocumentLink[];
		assert.deepEqual(links.map(link => [link.range.start.line, link.range.start.character, link.target]), [[5, 17, envUri]]);
	});

	it('checks the unit again when the env file is edited: without ETCD_NAME the clash is gone', async () => {
		await client.open(envUri, envText);
		const unitAgain = client.diagnosticsUntil(unitUri, found => !found.some(d => d.code === 'flag-and-variable'));
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: 2 }, contentChanges: [{ text: envText.replace('ETCD_NAME="db1"\n', '') }] });
		const onUnit = await unitAgain;
		assert.deepEqual(onUnit.filter(d => d.severity === 1), []);
		// The name the unit passes is the env file's too: no missing-name in it.
		const onEnv = await client.diagnosticsUntil(envUri, found => !found.some(d => d.code === 'flag-and-variable'));
		assert.deepEqual(onEnv.filter(d => d.severity === 1), []);
	});
});
