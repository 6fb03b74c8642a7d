import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseFile } from '../../server/src/engine/parse/recognise';
import { parsePatroni } from '../../server/src/engine/parse/parsePatroni';

describe('Patroni files are recognised as their own kind', () => {
	const patroniYaml = 'scope: pg-main\nname: pg1\netcd3:\n  hosts: 192.168.45.201:2379\npostgresql:\n  data_dir: /var/lib/pgsql\n';

	it('patroni.yml, by name or by Patroni\'s own keys, in a scan or opened', () => {
		assert.equal(recogniseFile('pg1/patroni.yml', patroniYaml), 'patroni');
		assert.equal(recogniseFile('roles/db/templates/node.yml', patroniYaml), 'patroni');
		assert.equal(recogniseFile('patroni.yaml', 'etcd:\n  host: 10.0.0.1:2379\n', true), 'patroni');
	});

	it('its variables in an env file or a unit; etcd\'s own files stay etcd configs', () => {
		assert.equal(recogniseFile('patroni.env', 'PATRONI_NAME=pg1\nPATRONI_ETCD3_HOSTS=10.0.0.1:2379\n'), 'patroni');
		assert.equal(recogniseFile('patroni.service', '[Service]\nEnvironment="PATRONI_ETCD3_URL=http://10.0.0.1:2379"\n'), 'patroni');
		assert.equal(recogniseFile('etcd.conf.yml', 'name: pg1\nlisten-client-urls: http://10.0.0.1:2379\n'), 'etcd-config');
		assert.equal(recogniseFile('pg1/etcd', 'ETCD_NAME=pg1\n'), 'etcd-config');
		assert.equal(recogniseFile('values.yml', 'etcd:\n  image: quay.io/coreos/etcd\n'), 'other');
	});

	it('reads hosts as a list, a comma string and a variable, each host at its place', () => {
		const list = parsePatroni('u', 'etcd3:\n  hosts:\n    - a:2379\n    - "b:2379"\n', 'yaml');
		const comma = parsePatroni('u', 'etcd3:\n  hosts: a:2379, b:2379\n', 'yaml');
		const env = parsePatroni('u', 'PATRONI_ETCD3_HOSTS="\'a:2379\',\'b:2379\'"\n', 'env');
		for (const doc of [list, comma, env]) {
			const endpoints = doc.sections[0].fields.get('hosts')!.endpoints;
			assert.deepEqual(endpoints.map(e => e.text), ['a:2379', 'b:2379']);
			assert.deepEqual(endpoints.map(e => doc.text.slice(e.span.start, e.span.end)), ['a:2379', 'b:2379']);
		}
		assert.equal(env.sections[0].api, 'etcd3');
	});
});
