import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, checkMember, exampleCluster } from './clusterTest';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

describe('cluster-token-mismatch', () => {
	it('is quiet on the user\'s agreeing cluster', () => {
		assert.deepEqual(Object.values(checkCluster('cluster-token-mismatch', exampleCluster())).flat(), []);
	});
	it('reports the one member whose token differs, pointing at the other two', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('"etcd-cluster-1"', '"etcd-cluster-2"');
		const found = checkCluster('cluster-token-mismatch', files);
		assert.equal(found.pg1.length, 0);
		assert.equal(found.pg2.length, 0);
		const [problem] = found.pg3;
		assert.equal(problem.message, 'This member\'s token is \'etcd-cluster-2\', but pg1 and pg2 use \'etcd-cluster-1\': members with different tokens compute different cluster IDs and never form one cluster.');
		assert.equal(problem.related?.length, 2);
		assert.deepEqual(problem.related?.map(r => r.doc?.uri), ['file:///cluster/pg1/etcd', 'file:///cluster/pg2/etcd']);
	});
	it('counts a missing token as the default one', () => {
		const files = exampleCluster();
		files.pg2 = files.pg2.replace('ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"\n', '');
		assert.match(checkCluster('cluster-token-mismatch', files).pg2[0].message, /token is 'etcd-cluster'/);
	});
	it('reports both sides of a tie', () => {
		const files = exampleCluster();
		delete (files as Record<string, string>).pg3;
		files.pg2 = files.pg2.replace('"etcd-cluster-1"', '"other"');
		const found = checkCluster('cluster-token-mismatch', files);
		assert.equal(found.pg1.length + found.pg2.length, 2);
	});
	it('ignores members that join with existing (the token does not decide their ID)', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('"etcd-cluster-1"', '"x"').replace('STATE="new"', 'STATE="existing"');
		assert.deepEqual(Object.values(checkCluster('cluster-token-mismatch', files)).flat(), []);
	});
	it('fixes here, or in every other member with one edit', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('"etcd-cluster-1"', '"etcd-cluster-2"');
		const { problems, docs } = checkMember('cluster-token-mismatch', files, 'pg3');
		const [here, everywhere] = problems[0].fixes!;
		assert.equal(applyChanges(files.pg3, here.changes.filter(c => c.doc === docs.pg3)), exampleCluster().pg3);
		assert.deepEqual(everywhere.changes.map(c => c.doc?.uri), ['file:///cluster/pg1/etcd', 'file:///cluster/pg2/etcd']);
		for (const member of ['pg1', 'pg2']) {
			const fixed = applyChanges(files[member], everywhere.changes.filter(c => c.doc === docs[member]));
			assert.equal(fixed, files[member].replace('"etcd-cluster-1"', '"etcd-cluster-2"'));
		}
	});
});
