import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCluster, checkMember, exampleCluster } from './clusterTest';

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
	it('names the member whose own peer URL was copied, and points at its file', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.201:2380"');
		const { problems, docs } = checkMember('peer-url-disagreement', files, 'pg3');
		assert.match(problems[0].message, /That is pg1's own peer URL\.$/);
		assert.ok(problems[0].related?.some(r => r.doc === docs.pg1 && r.message === 'pg1 advertises it'));
	});
});
