import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

describe('peer-url-disagreement', () => {
	it('is quiet on the user\'s cluster', () => {
		assert.deepEqual(Object.values(checkCluster('peer-url-disagreement', exampleCluster())).flat(), []);
	});
	it('reports a member that advertises what the others do not list for it', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace(/192\.168\.45\.204/g, '192.168.45.203');
		const found = checkCluster('peer-url-disagreement', files);
		assert.equal(found.pg3[0].message, 'pg3 advertises http://192.168.45.203:2380, but pg1 and pg2 list pg3 at http://192.168.45.204:2380.');
		assert.equal(found.pg1.length + found.pg2.length, 0);
	});
});
