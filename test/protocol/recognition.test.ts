import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { startClient, type TestClient } from './lspClient';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'containers');

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
	const kubeadm = write('node1/manifests/etcd.yaml', readFileSync(join(fixtures, 'kubeadm', 'etcd.yaml'), 'utf8'));
	const compose = write('dev/compose.yaml', readFileSync(join(fixtures, 'compose', 'compose.yaml'), 'utf8').replace('ETCD_INITIAL_CLUSTER_TOKEN: compose-demo', 'ETCD_INITIAL_CLUSTER_TOKEN: compose-demo-c'));
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

	it('checks the etcd container of kubeadm\'s static pod: its mistake on its item, a hover and a fix in the manifest', async () => {
		const diagnostics = await client.open(kubeadm.uri, kubeadm.text, 'yaml');
		assert.deepEqual(diagnostics.map(d => [d.code, d.range.start.line]), [['invalid-value', 18]]);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: kubeadm.uri }, position: { line: 18, character: 10 } }) as Hover | null;
		assert.match(JSON.stringify(hover?.contents), /heartbeat/i);
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: kubeadm.uri }, range: diagnostics[0].range, context: { diagnostics } }) as { title: string; edit?: { changes?: Record<string, unknown> } }[];
		const fix = actions.find(a => /100/.test(a.title));
		assert.deepEqual(Object.keys(fix?.edit?.changes ?? {}), [kubeadm.uri]);
	});

	it('checks the services of a compose file as one cluster', async () => {
		const diagnostics = await client.open(compose.uri, compose.text, 'dockercompose');
		assert.ok(diagnostics.some(d => d.code === 'cluster-token-mismatch' && d.relatedInformation?.every(r => r.location.uri === compose.uri)));
	});
});
