import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('advertise-not-served', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('advertise-not-served', pg3);
	});
	it('reports an advertised peer address nothing listens on', () => {
		const text = pg3With('ETCD_LISTEN_PEER_URLS', 'ETCD_LISTEN_PEER_URLS="http://192.168.45.205:2380"')
			.replace('ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', 'ETCD_INITIAL_ADVERTISE_PEER_URLS="⟦http://192.168.45.204:2380⟧"');
		const [problem] = expectProblems('advertise-not-served', text);
		assert.match(problem.message, /told to peers, but this member listens only on http:\/\/192\.168\.45\.205:2380/);
	});
	it('reports a port mismatch on the client side', () => {
		expectProblems('advertise-not-served', 'ETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379\nETCD_ADVERTISE_CLIENT_URLS=⟦http://10.0.0.1:12379⟧\n');
	});
	it('counts a wildcard listener as serving every address', () => {
		expectProblems('advertise-not-served', 'ETCD_LISTEN_PEER_URLS=http://0.0.0.0:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\n');
		expectProblems('advertise-not-served', 'ETCD_LISTEN_PEER_URLS=http://[::]:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://[fe80::1]:2380\n');
	});
	it('checks only the port of a host name', () => {
		expectProblems('advertise-not-served', 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://etcd1.example:2380\n');
	});
	it('knows the default listener', () => {
		expectProblems('advertise-not-served', 'ETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://10.0.0.1:2380⟧\n');
		expectProblems('advertise-not-served', 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://localhost:2380\n');
	});
	it('skips templates', () => {
		expectProblems('advertise-not-served', 'ETCD_LISTEN_PEER_URLS=http://{{ ip }}:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\n');
	});
});
