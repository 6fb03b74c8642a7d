import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, exampleCluster } from './clusterTest';

describe('member-without-file', () => {
	it('is quiet when every member has its file', () => {
		assert.deepEqual(Object.values(checkCluster('member-without-file', exampleCluster())).flat(), []);
	});
	it('says once per cluster which members have no file', () => {
		const files = exampleCluster();
		delete (files as Record<string, string>).pg2;
		const found = checkCluster('member-without-file', files);
		assert.equal(found.pg1.length, 1);
		assert.equal(found.pg3.length, 0);
		assert.match(found.pg1[0].message, /'pg2'/);
	});
	it('says nothing about a file that stands alone', () => {
		assert.deepEqual(checkCluster('member-without-file', { pg3: exampleCluster().pg3 }).pg3, []);
	});
});
