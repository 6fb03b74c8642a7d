import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

describe('timing-mismatch', () => {
	it('is quiet when every member keeps the defaults or agrees', () => {
		assert.deepEqual(Object.values(checkCluster('timing-mismatch', exampleCluster())).flat(), []);
		const files = Object.fromEntries(Object.entries(exampleCluster()).map(([k, v]) => [k, v + 'ETCD_HEARTBEAT_INTERVAL="200"\n']));
		assert.deepEqual(Object.values(checkCluster('timing-mismatch', files)).flat(), []);
	});
	it('warns on the member that differs', () => {
		const files = exampleCluster();
		files.pg2 += 'ETCD_ELECTION_TIMEOUT="5000"\n';
		const found = checkCluster('timing-mismatch', files);
		assert.equal(found.pg2[0].message, 'ETCD_ELECTION_TIMEOUT is 5000 ms here but 1000 ms on 2 other members: give every member the same value.');
	});
	it('leaves values etcd cannot read to the value checks', () => {
		const files = exampleCluster();
		files.pg2 += 'ETCD_HEARTBEAT_INTERVAL="100ms"\n';
		assert.deepEqual(Object.values(checkCluster('timing-mismatch', files)).flat(), []);
	});
});
