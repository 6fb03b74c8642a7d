import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles, threeHosts, threeHostsWith } from './urlFixtures';

const rule = 'loopback-advertise';

describe('loopback-advertise', () => {
	it('stays quiet on pg1, the RHEL file and a clean three-host cluster', () => {
		expectQuietOnCleanFiles(rule);
		expectProblems(rule, threeHosts);
	});
	it('stays quiet on a test cluster that lives entirely on loopback', () => {
		expectProblems(rule, 'ETCD_NAME=a\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://127.0.0.1:2380\nETCD_ADVERTISE_CLIENT_URLS=http://localhost:2379\nETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,b=http://127.0.0.2:2380,c=http://localhost:22380"\n');
	});
	it('stays quiet on a single member on localhost', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://localhost:2380\nETCD_INITIAL_CLUSTER=default=http://localhost:2380\n');
	});
	it('marks a loopback entry in initial-cluster and loopback advertise URLs when the others are remote', () => {
		const source = threeHostsWith('ETCD_INITIAL_CLUSTER', 'ETCD_INITIAL_CLUSTER="pg1=⟦http://127.0.0.1:2380⟧,pg2=http://10.0.0.2:2380,pg3=http://10.0.0.3:2380"')
			.replace('ETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="⟦http://127.0.0.1:2380⟧"')
			.replace('ETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379"', 'ETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379,⟦http://localhost:2379⟧"');
		const problems = expectProblems(rule, source);
		assert.match(problems[0].message, /pg1 is listed at the loopback address/);
		assert.match(problems[2].message, /clients there would reach their own machine/);
	});
	it('knows [::1] and the whole 127/8 range', () => {
		expectProblems(rule, 'ETCD_INITIAL_CLUSTER="a=⟦http://[::1]:2380⟧,b=⟦http://127.1.2.3:2380⟧,c=http://etcd3.example.com:2380"\n');
	});
	it('skips an initial-cluster that a template decides', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://127.0.0.1:2380\nETCD_INITIAL_CLUSTER="pg1=http://127.0.0.1:2380,pg2=http://{{ pg2_ip }}:2380"\n');
	});
});
