import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, checkMember, exampleCluster } from './clusterTest';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

const list = 'pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380';

describe('cluster-list-mismatch', () => {
	it('is quiet on the user\'s agreeing cluster', () => {
		assert.deepEqual(Object.values(checkCluster('cluster-list-mismatch', exampleCluster())).flat(), []);
	});
	it('does not mind another order', () => {
		const files = exampleCluster();
		files.pg2 = files.pg2.replace(list, 'pg3=http://192.168.45.204:2380,pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380');
		assert.deepEqual(Object.values(checkCluster('cluster-list-mismatch', files)).flat(), []);
	});
	it('reports the member whose list differs, saying what differs', () => {
		const files = exampleCluster();
		files.pg1 = files.pg1.replace('pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.203:2380');
		const found = checkCluster('cluster-list-mismatch', files);
		assert.equal(found.pg2.length + found.pg3.length, 0);
		assert.equal(found.pg1[0].message, 'This ETCD_INITIAL_CLUSTER lists pg3=http://192.168.45.203:2380 and lacks pg3=http://192.168.45.204:2380, unlike those of pg2 and pg3: founding members must list the same members at the same peer URLs, or they never form one cluster.');
	});
	it('fixes here or everywhere', () => {
		const files = exampleCluster();
		files.pg1 = files.pg1.replace('pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.203:2380');
		const { problems, docs } = checkMember('cluster-list-mismatch', files, 'pg1');
		const [here, everywhere] = problems[0].fixes!;
		assert.equal(applyChanges(files.pg1, here.changes), exampleCluster().pg1);
		assert.equal(applyChanges(files.pg2, everywhere.changes.filter(c => c.doc === docs.pg2)), files.pg2.replace('pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.203:2380'));
	});
});
