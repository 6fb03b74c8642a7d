import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exampleFile, startClient, type TestClient } from './lspClient';

interface ConvertResult {
	readonly format: 'env' | 'yaml';
	readonly text: string;
	readonly notes: readonly string[];
}

/** The conversion commands as the extension sends them: `workspace/executeCommand` on the built server. */
describe('conversion over the protocol', () => {
	let client: TestClient;
	before(async () => { client = await startClient({ settings: { version: '3.5' } }, {}, null, [], 'ru'); });
	after(async () => { await client.stop(); });

	const convert = (argument: unknown) => client.connection.sendRequest('workspace/executeCommand', { command: 'etcd-config.convert', arguments: [argument] }) as Promise<ConvertResult | null>;

	it('converts the text it is given: the example pg1 becomes a config file', async () => {
		const { uri, text } = exampleFile('pg1');
		const result = await convert({ uri, text: text + 'ETCD_CLIENT_CRL_FILE=/etc/etcd/crl.pem\n', languageId: 'etcd' });
		assert.equal(result?.format, 'yaml');
		assert.match(result.text, /^name: pg1$/m);
		assert.match(result.text, /^initial-cluster-state: new$/m);
		assert.match(result.text, /^# etcd-config: не преобразовано: ETCD_CLIENT_CRL_FILE="\/etc\/etcd\/crl.pem"$/m);
		// The editor's display language (ru) decides the notes' language.
		assert.ok(result.notes.length === 1 && /ETCD_CLIENT_CRL_FILE.*[а-я]/.test(result.notes[0]), result.notes.join('\n'));
	});

	it('converts an open YAML document named by its uri alone', async () => {
		const uri = 'file:///tmp/convert/etcd.conf.yml';
		await client.open(uri, 'name: pg1\nlisten-client-urls: http://10.0.0.1:2379\nclient-transport-security:\n  client-cert-auth: yes\n', 'yaml');
		const result = await convert({ uri });
		assert.equal(result?.format, 'env');
		assert.match(result.text, /^ETCD_NAME="pg1"$/m);
		assert.match(result.text, /^ETCD_CLIENT_CERT_AUTH="true"$/m);
		assert.match(result.text, /^ETCD_ADVERTISE_CLIENT_URLS="http:\/\/localhost:2379"$/m);
	});

	it('answers null for a document it does not know and for arguments it cannot read', async () => {
		assert.equal(await convert({ uri: 'file:///tmp/convert/nowhere/etcd' }), null);
		assert.equal(await convert('file:///tmp/convert/etcd'), null);
		assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: 'etcd-config.unknown', arguments: [] }), null);
	});
});
