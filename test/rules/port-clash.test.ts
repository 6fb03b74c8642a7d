import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

const local = (name: string, client: number, peer: number, list: string) => [
	`ETCD_NAME="${name}"`,
	`ETCD_LISTEN_CLIENT_URLS="http://127.0.0.1:${client}"`,
	`ETCD_ADVERTISE_CLIENT_URLS="http://127.0.0.1:${client}"`,
	`ETCD_LISTEN_PEER_URLS="http://127.0.0.1:${peer}"`,
	`ETCD_INITIAL_ADVERTISE_PEER_URLS="http://127.0.0.1:${peer}"`,
	`ETCD_INITIAL_CLUSTER="${list}"`,
	'',
].join('\n');

describe('port-clash', () => {
	it('is quiet on the user\'s cluster (three hosts, each with 127.0.0.1:2379 of its own)', () => {
		assert.deepEqual(Object.values(checkCluster('port-clash', exampleCluster())).flat(), []);
	});
	it('is quiet on a test cluster on one machine with ports of its own', () => {
		const list = 'a=http://127.0.0.1:2380,b=http://127.0.0.1:12380';
		assert.deepEqual(Object.values(checkCluster('port-clash', { a: local('a', 2379, 2380, list), b: local('b', 12379, 12380, list) })).flat(), []);
	});
	it('warns when two members on one machine listen on the same client port', () => {
		const list = 'a=http://127.0.0.1:2380,b=http://127.0.0.1:12380';
		const found = checkCluster('port-clash', { a: local('a', 2379, 2380, list), b: local('b', 2379, 12380, list) });
		assert.equal(found.a.length, 1);
		assert.equal(found.b.length, 1);
		assert.match(found.a[0].message, /^b on the same host also listens on port 2379/);
	});
	it('warns for a shared routable address', () => {
		const files = exampleCluster();
		files.pg2 = files.pg2.replace('ETCD_LISTEN_PEER_URLS="http://192.168.45.202:2380"', 'ETCD_LISTEN_PEER_URLS="http://192.168.45.201:2380"')
			.replace('ETCD_LISTEN_CLIENT_URLS="http://192.168.45.202:2379,http://127.0.0.1:2379"', 'ETCD_LISTEN_CLIENT_URLS="http://192.168.45.201:12379"');
		assert.equal(checkCluster('port-clash', files).pg2.length, 1);
	});
});
