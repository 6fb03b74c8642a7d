import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles, threeHostsWith } from './urlFixtures';

const rule = 'advertise-unreachable';

describe('advertise-unreachable', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('does not mind wildcards where they belong: in listen URLs', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://0.0.0.0:2380\nETCD_LISTEN_CLIENT_URLS=http://[::]:2379\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\nETCD_ADVERTISE_CLIENT_URLS=http://10.0.0.1:2379\n');
	});
	it('marks 0.0.0.0 and [::] in advertise URLs', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS="⟦http://0.0.0.0:2380⟧"\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379,⟦http://[::]:2379⟧"\n');
	});
	it('offers the one concrete listen address, as preferred but not safe', () => {
		const source = threeHostsWith('ETCD_INITIAL_ADVERTISE_PEER_URLS', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://0.0.0.0:2380"');
		const [fix] = check(rule, source).problems[0].fixes ?? [];
		assert.equal(fix.preferred, true);
		assert.equal(fix.safe, undefined);
		assert.equal(applyFix(rule, source, /Use http:\/\/10\.0\.0\.1:2380/), threeHostsWith('ETCD_INITIAL_ADVERTISE_PEER_URLS', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"'));
	});
	it('ignores loopback and wildcard listeners when looking for that address', () => {
		const source = 'ETCD_LISTEN_CLIENT_URLS="http://0.0.0.0:2379,http://127.0.0.1:2379,http://10.0.0.1:2379"\nETCD_ADVERTISE_CLIENT_URLS="http://0.0.0.0:2379"\n';
		assert.equal(applyFix(rule, source, /Use/), 'ETCD_LISTEN_CLIENT_URLS="http://0.0.0.0:2379,http://127.0.0.1:2379,http://10.0.0.1:2379"\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379"\n');
		const [problem] = check(rule, 'ETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379\nETCD_ADVERTISE_CLIENT_URLS=http://0.0.0.0:2379\n').problems;
		assert.equal(problem.fixes, undefined);
	});
	it('marks wildcard and empty hosts in initial-cluster, with a fix only for this member\'s own entry', () => {
		const source = threeHostsWith('ETCD_INITIAL_CLUSTER', 'ETCD_INITIAL_CLUSTER="pg1=⟦http://0.0.0.0:2380⟧,pg2=⟦http://[::]:2380⟧,pg3=⟦http://:2380⟧"');
		const problems = expectProblems(rule, source);
		assert.deepEqual(problems.map(p => p.fixes?.length ?? 0), [1, 0, 0]);
		assert.match(problems[1].message, /pg2 is listed at http:\/\/\[::\]:2380/);
	});
	it('skips templates and unix sockets', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://{{ ip | default(\'0.0.0.0\') }}:2380"\nETCD_ADVERTISE_CLIENT_URLS=unix://0.0.0.0:2379\n', { version: '3.4' });
	});
});
