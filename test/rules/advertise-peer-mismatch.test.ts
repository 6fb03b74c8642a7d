import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mark } from '../markers';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const broken = pg3With('ETCD_INITIAL_ADVERTISE_PEER_URLS', 'ETCD_INITIAL_ADVERTISE_PEER_URLS=⟦"http://192.168.45.203:2380"⟧');

describe('advertise-peer-mismatch', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('advertise-peer-mismatch', pg3);
	});
	it('reports the seed\'s mistake: pg3 advertises another address than the list gives', () => {
		const [problem] = expectProblems('advertise-peer-mismatch', broken);
		assert.equal(problem.message, 'pg3 advertises http://192.168.45.203:2380, but ETCD_INITIAL_CLUSTER lists pg3 at http://192.168.45.204:2380.');
		assert.equal(problem.severity, undefined);
		assert.equal(problem.related?.length, 1);
	});
	it('compares as sets: order does not matter', () => {
		const text = 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://127.0.0.2:2380,http://127.0.0.1:2380\nETCD_INITIAL_CLUSTER=a=http://127.0.0.1:2380,a=http://127.0.0.2:2380\n';
		expectProblems('advertise-peer-mismatch', text);
	});
	it('is only a warning where DNS decides', () => {
		const text = 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://etcd-a.example:2380⟧\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n';
		const [problem] = expectProblems('advertise-peer-mismatch', text);
		assert.equal(problem.severity, 'warning');
	});
	it('knows the default advertise URL when the line is missing', () => {
		const text = 'ETCD_NAME=a\nETCD_INITIAL_CLUSTER=a=⟦http://10.0.0.1:2380⟧\n';
		const [problem] = expectProblems('advertise-peer-mismatch', text);
		assert.match(problem.message, /http:\/\/localhost:2380 \(the default\)/);
		assert.equal(applyFix('advertise-peer-mismatch', text, /Add ETCD_INITIAL_ADVERTISE_PEER_URLS/),
			'ETCD_NAME=a\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"\n');
	});
	it('fixes the advertise side back to exactly the original file', () => {
		assert.equal(applyFix('advertise-peer-mismatch', broken, /Advertise/), pg3);
	});
	it('fixes the list side, touching only the URL', () => {
		const fixed = applyFix('advertise-peer-mismatch', broken, /List pg3 at/);
		assert.equal(fixed, mark(broken).text.replace('pg3=http://192.168.45.204:2380', 'pg3=http://192.168.45.203:2380'));
		assert.deepEqual(check('advertise-peer-mismatch', fixed).problems, []);
	});
	it('skips templates', () => {
		expectProblems('advertise-peer-mismatch', 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://{{ ansible_host }}:2380\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n');
	});
	it('leaves an advertised URL etcd refuses outright to invalid-url', () => {
		expectProblems('advertise-peer-mismatch', 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://${HOST_IP}:2380"\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n');
	});

	// v3.4.45:pkg/netutil/netutil.go:106 resolves IP literals to their canonical form from 3.4.24 and 3.5.8; 3.4.23 compared them as written
	it('IP literals and ports in another spelling: refused before 3.4.24 and 3.5.8, equal after', () => {
		const text = 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://[0:0::1]:2380⟧\nETCD_INITIAL_CLUSTER=a=http://[::1]:2380\n';
		for (const version of ['3.4.23', '3.5.7'] as const) expectProblems('advertise-peer-mismatch', text, { version });
		for (const version of ['3.4.24', '3.5.8', '3.6', '3.7'] as const) expectProblems('advertise-peer-mismatch', text.replace(/[⟦⟧]/g, ''), { version });
		expectProblems('advertise-peer-mismatch', 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://10.0.0.1:02380⟧\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n', { version: '3.4.23' });
		expectProblems('advertise-peer-mismatch', 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:02380\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n', { version: '3.4.24' });
		expectProblems('advertise-peer-mismatch', 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=HTTP://10.0.0.1:2380\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\n', { version: '3.4.23' });
	});
});
