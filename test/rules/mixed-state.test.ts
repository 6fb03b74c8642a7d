import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

describe('mixed-state', () => {
	it('is quiet when all agree', () => {
		assert.deepEqual(Object.values(checkCluster('mixed-state', exampleCluster())).flat(), []);
	});
	it('notes an existing member among new ones', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('STATE="new"', 'STATE="existing"');
		const found = checkCluster('mixed-state', files);
		assert.equal(found.pg3.length, 1);
		assert.equal(found.pg1.length + found.pg2.length, 0);
	});
});
