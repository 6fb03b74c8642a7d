import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { problemsOf } from '../engineContext';

const values = (uri: string, text: string, hints = {}) => Object.fromEntries(parseDocument(uri, text, hints).settings.map(s => [s.key, s.value]));
const ruleIds = (uri: string, text: string, hints = {}) => problemsOf(parseDocument(uri, text, hints)).map(f => f.rule.id);

describe('the format, by name and then by content', () => {
	it('reads YAML in a file named etcd.conf as YAML, and env lines as an env file', () => {
		assert.equal(parseDocument('file:///etc/etcd/etcd.conf', '# vault backend\nname: vault\ndata-dir: /var/lib/etcd\n').format, 'yaml');
		assert.equal(parseDocument('file:///etc/etcd/etcd.conf', '#[Member]\nETCD_NAME=vault\n').format, 'env');
		assert.equal(parseDocument('file:///x/etcd', 'name: a\nlisten-peer-urls: http://10.0.0.1:2380\n').format, 'yaml');
	});
	it('lets the name decide where it can: .yaml, .env and Debian\'s defaults file', () => {
		assert.equal(parseDocument('file:///x/etcd0.yaml', 'ETCD_NAME=a\n').format, 'yaml');
		assert.equal(parseDocument('file:///x/etcd1.env', 'name: a\ndata-dir: /d\n').format, 'env');
		assert.equal(parseDocument('file:///etc/default/etcd', 'name: a\ndata-dir: /d\n').format, 'env');
		assert.equal(parseDocument('file:///x/anything', 'name: a\n', { format: 'env' }).format, 'env');
	});
});

describe('what reads the file', () => {
	it('Debian\'s unit for its defaults file or a DAEMON_ARGS line; another unit or compose for other env files; etcd for YAML', () => {
		assert.equal(parseDocument('file:///etc/default/etcd', 'ETCD_NAME=a\n').launcher, 'debian-unit');
		assert.equal(parseDocument('file:///debian/etcd-server.default', 'ETCD_NAME=a\n').launcher, 'debian-unit');
		assert.equal(parseDocument('file:///x/etcd.env', 'DAEMON_ARGS="--name a"\n').launcher, 'debian-unit');
		assert.equal(parseDocument('file:///etc/etcd/etcd.conf', 'ETCD_NAME=a\n').launcher, 'systemd');
		assert.equal(parseDocument('file:///x/etcd2.env', 'ETCD_NAME: a\nETCD_DATA_DIR: /d\n').launcher, 'compose');
		assert.equal(parseDocument('file:///x/etcd.env', 'ETCD_NAME=a\n', { composeEnvFile: true }).launcher, 'compose');
		assert.equal(parseDocument('file:///x/etcd.env', '# etcd-config: compose\nETCD_NAME=a\n').launcher, 'compose');
		assert.equal(parseDocument('file:///x/etcd.yaml', 'name: a\n').launcher, 'config-file');
	});
	it('a compose env_file in the KEY: value form is read as compose reads it, with no complaint about the colons', () => {
		const text = 'ETCD_NAME: etcd2\nETCD_INITIAL_CLUSTER: etcd1=http://172.30.5.11:2380,etcd2=http://172.30.5.12:2380\nETCD_ENABLE_V2: true\n';
		assert.deepEqual(values('file:///c/etcd2.env', text).ETCD_NAME, 'etcd2');
		assert.ok(!ruleIds('file:///c/etcd2.env', text).some(id => id === 'invalid-line' || id === 'invalid-key'));
	});
	it('one colon line among env lines is a slip systemd drops, not compose', () => {
		assert.ok(ruleIds('file:///c/etcd', 'ETCD_DATA_DIR=/d\nETCD_NAME=a\nETCD_ENABLE_V2: true\n').includes('invalid-line'));
	});
	it('reads values as compose does: a bare value ends at " #", quotes may span lines, double quotes know \\n', () => {
		const read = values('file:///c/etcd.env', 'ETCD_NAME=a #note\nETCD_LOG_LEVEL=b#c\nETCD_CORS="x\ny"\nETCD_DISCOVERY="\\n\\"q\\""\nETCD_WAL_DIR=\'\\n\'\n', { composeEnvFile: true });
		assert.deepEqual(read, { ETCD_NAME: 'a', ETCD_LOG_LEVEL: 'b#c', ETCD_CORS: 'x\ny', ETCD_DISCOVERY: '\n"q"', ETCD_WAL_DIR: '\\n' });
	});
	it('compose substitutes ${VAR} in its env files; systemd hands it to etcd, which refuses the URL', () => {
		const text = 'ETCD_NAME=edge\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://${HOST_IP}:2380\nETCD_INITIAL_CLUSTER=edge=http://${HOST_IP}:2380\n';
		assert.ok(!ruleIds('file:///c/etcd.env', text, { composeEnvFile: true }).includes('invalid-url'));
		assert.ok(ruleIds('file:///c/etcd.env', text).includes('invalid-url'));
	});
});
