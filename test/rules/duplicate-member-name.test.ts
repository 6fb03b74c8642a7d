import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

describe('duplicate-member-name', () => {
	it('is quiet on the user\'s cluster', () => {
		assert.deepEqual(Object.values(checkCluster('duplicate-member-name', exampleCluster())).flat(), []);
	});
	it('reports both files that claim one name', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('ETCD_NAME="pg3"', 'ETCD_NAME="pg2"');
		const found = checkCluster('duplicate-member-name', files);
		assert.equal(found.pg1.length, 0);
		assert.equal(found.pg2.length, 1);
		assert.equal(found.pg3.length, 1);
	});
});
