import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const unnamed = pg3With('ETCD_NAME', '# no name');
const list = 'ETCD_INITIAL_CLUSTER';

describe('missing-name', () => {
	it('stays quiet on the user\'s pg3, and without a cluster list (etcd then builds it from the name)', () => {
		expectProblems('missing-name', pg3);
		expectProblems('missing-name', 'ETCD_DATA_DIR=/var/lib/etcd\n', { file: 'default/etcd' });
	});
	it('under Debian\'s unit: the host name becomes the name, which the file cannot show, so a warning', () => {
		const [problem] = expectProblems('missing-name', unnamed.replace(list, `⟦${list}⟧`), { file: 'default/etcd' });
		assert.equal(problem.severity, 'warning');
		assert.match(problem.message, /^No ETCD_NAME: Debian's unit names this member after the host \(ETCD_NAME=%H\), and ETCD_INITIAL_CLUSTER holds only 'pg1', 'pg2', 'pg3'.*This file advertises pg3's peer URL: set ETCD_NAME to 'pg3'\.$/);
	});
	it('elsewhere etcd says default, which the list does not hold: an error', () => {
		const [problem] = expectProblems('missing-name', unnamed.replace(list, `⟦${list}⟧`), { file: 'etcd.env' });
		assert.equal(problem.severity, undefined);
		assert.match(problem.message, /etcd names this member 'default'/);
		expectProblems('missing-name', 'ETCD_INITIAL_CLUSTER=default=http://localhost:2380,b=http://10.0.0.2:2380\n', { file: 'etcd.env' });
		const [yaml] = expectProblems('missing-name', 'initial-advertise-peer-urls: http://10.0.0.2:2380\n⟦initial-cluster⟧: a=http://10.0.0.1:2380,b=http://10.0.0.2:2380\n', { file: 'etcd.conf.yml' });
		assert.match(yaml.message, /^No name: .*set name to 'b'\.$/);
	});
	it('writes the name the advertised peer URL identifies, where etcd reads it beside the list', () => {
		assert.equal(applyFix('missing-name', unnamed, /Add ETCD_NAME="pg3"/, { file: 'default/etcd' }), unnamed.replace(/(ETCD_INITIAL_CLUSTER=.*\n)/, '$1ETCD_NAME="pg3"\n'));
		const flags = 'DAEMON_ARGS="--initial-advertise-peer-urls=http://10.0.0.7:2380 --initial-cluster=kv7=http://10.0.0.7:2380"\n';
		assert.equal(applyFix('missing-name', flags, /Add ETCD_NAME="kv7"/, { file: 'default/etcd' }), `${flags}ETCD_NAME="kv7"\n`);
	});
	it('says so, with no fix, when the advertised URL identifies no single member', () => {
		const [problem] = check('missing-name', 'ETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,b=http://10.0.0.2:2380\n', { file: 'etcd.env' }).problems;
		assert.match(problem.message, /Set ETCD_NAME to this member's name in the list\.$/);
		assert.deepEqual(problem.fixes, []);
	});
	it('runs the member checks for the member it identifies', () => {
		const text = 'ETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://10.0.0.2:2380,http://10.0.0.9:2380⟧\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,b=http://10.0.0.2:2380\n';
		const [problem] = expectProblems('advertise-peer-mismatch', text, { file: 'default/etcd' });
		assert.match(problem.message, /^b advertises/);
	});
});
