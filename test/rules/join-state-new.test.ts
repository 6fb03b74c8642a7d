import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { checkCluster, checkMember, exampleCluster } from './clusterTest';

/** pg4 lists the founders and itself but still says new. */
function leftNew(): Record<string, string> {
	const files = exampleCluster();
	files.pg4 = files.pg1.replace('"pg1"', '"pg4"').replace(/(URLS="http:\/\/)192\.168\.45\.201/g, '$1192.168.45.205')
		.replace(/ETCD_INITIAL_CLUSTER="(.*)"/, 'ETCD_INITIAL_CLUSTER="$1,pg4=http://192.168.45.205:2380"');
	return files;
}

describe('join-state-new', () => {
	it('stays quiet on founders that agree', () => {
		assert.deepEqual(Object.values(checkCluster('join-state-new', exampleCluster())).flat(), []);
	});
	it('reports the added member that says new, on its state, with the founders\' lists related, and switches it', () => {
		const { problems, docs } = checkMember('join-state-new', leftNew(), 'pg4');
		assert.equal(problems.length, 1);
		assert.match(problems[0].message, /^pg4 is not one of the founding members \(pg1, pg2 and pg3 list the cluster without it\)/);
		assert.deepEqual(problems[0].related?.map(r => r.doc), [docs.pg1, docs.pg2, docs.pg3]);
		assert.match(applyChanges(docs.pg4.text, problems[0].fixes![0].changes), /ETCD_INITIAL_CLUSTER_STATE="existing"/);
	});
	it('takes it out of the founders\' list comparison, on both sides', () => {
		const files = leftNew();
		assert.deepEqual(Object.values(checkCluster('cluster-list-mismatch', files)).flat(), []);
		assert.deepEqual(checkMember('join-state-new', files, 'pg1').problems, []);
	});
	it('leaves a member whose list simply differs to cluster-list-mismatch', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('pg2=http://192.168.45.202:2380', 'pg2=http://192.168.45.222:2380');
		assert.deepEqual(Object.values(checkCluster('join-state-new', files)).flat(), []);
	});
});
