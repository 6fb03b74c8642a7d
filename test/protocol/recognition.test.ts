import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { startClient, type TestClient } from './lspClient';

/** Files the editor hands to the server that are, or are not, etcd configs. */
describe('which files the server reads as etcd configs', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-recognition-'));
	const write = (name: string, text: string) => {
		const path = join(root, name);
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, text);
		return { uri: pathToFileURL(path).toString(), text };
	};
	const pod = write('manifests/etcd.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers:\n  - name: etcd\n');
	const yamlConf = write('etc/etcd/etcd.conf', 'name: vault\ndata-dir: /var/lib/etcd\nlisten-peer-urls: http://10.23.4.5:2380/\n');
	const interpolated = 'ETCD_NAME=edge\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://${HOST_IP}:2380\nETCD_ADVERTISE_CLIENT_URLS=http://${HOST_IP}:2379\n';
	write('compose/docker-compose.yml', 'services:\n  etcd:\n    env_file: etcd.env\n');
	const composed = write('compose/etcd.env', interpolated);
	const literal = write('unit/etcd.env', interpolated);
	let client: TestClient;

	before(async () => {
		client = await startClient(undefined, {}, [{ uri: pathToFileURL(root).toString(), name: 'recognition' }]);
	});
	after(async () => {
		await client.stop();
		rmSync(root, { recursive: true, force: true });
	});

	it('publishes nothing for a Kubernetes manifest named etcd.yaml, and answers no request on it', async () => {
		assert.deepEqual(await client.open(pod.uri, pod.text, 'yaml'), []);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: pod.uri }, position: { line: 0, character: 2 } }) as Hover | null;
		assert.equal(hover, null);
	});

	it('reads YAML in a file named etcd.conf as YAML', async () => {
		const diagnostics = await client.open(yamlConf.uri, yamlConf.text);
		assert.deepEqual(diagnostics.map(d => d.code), ['invalid-url']);
	});

	it('reads the env file a compose file names as compose does, and the same text elsewhere as systemd does', async () => {
		assert.deepEqual((await client.open(composed.uri, composed.text)).map(d => d.code), []);
		assert.ok((await client.open(literal.uri, literal.text)).some(d => d.code === 'invalid-url'));
	});
});
