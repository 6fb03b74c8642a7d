import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { checkCluster, checkMember, exampleCluster } from './clusterTest';

/** The example's three founders and pg4, added later with `existing` and listing the running members and itself. */
function withJoiner(pg3Url = 'http://192.168.45.204:2380'): Record<string, string> {
	const files = exampleCluster();
	const list = `pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=${pg3Url},pg4=http://192.168.45.205:2380`;
	files.pg4 = files.pg1.replace('"pg1"', '"pg4"').replace(/(URLS="http:\/\/)192\.168\.45\.201/g, '$1192.168.45.205')
		.replace(/ETCD_INITIAL_CLUSTER=".*"/, `ETCD_INITIAL_CLUSTER="${list}"`).replace('"new"', '"existing"');
	return files;
}

describe('join-list-mismatch', () => {
	it('stays quiet on a member that joined with the running members at their URLs', () => {
		assert.deepEqual(Object.values(checkCluster('join-list-mismatch', withJoiner())).flat(), []);
	});
	it('reports a running member listed at a URL its own file does not advertise, pointing at that file', () => {
		const { problems, docs } = checkMember('join-list-mismatch', withJoiner('http://192.168.45.240:2380'), 'pg4');
		assert.equal(problems.length, 1);
		assert.match(problems[0].message, /^ETCD_INITIAL_CLUSTER lists pg3 at http:\/\/192\.168\.45\.240:2380, but pg3's own file advertises http:\/\/192\.168\.45\.204:2380/);
		assert.equal(problems[0].related?.[0].doc, docs.pg3);
		assert.match(applyChanges(docs.pg4.text, problems[0].fixes![0].changes), /pg3=http:\/\/192\.168\.45\.204:2380,pg4=/);
	});
	it('reports a founding member the joining member does not list', () => {
		const files = withJoiner();
		files.pg4 = files.pg4.replace('pg2=http://192.168.45.202:2380,', '');
		const { problems } = checkMember('join-list-mismatch', files, 'pg4');
		assert.match(problems[0].message, /does not list pg2, a running member/);
	});
	it('leaves founding members to the founders\' rules', () => {
		assert.deepEqual(checkMember('join-list-mismatch', withJoiner('http://192.168.45.240:2380'), 'pg1').problems, []);
	});
});
