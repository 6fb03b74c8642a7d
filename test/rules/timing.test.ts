import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('timing', () => {
	it('stays quiet on defaults, on exactly five heartbeats and on 50000 ms', () => {
		expectProblems('timing', pg3);
		expectProblems('timing', 'ETCD_HEARTBEAT_INTERVAL=200\nETCD_ELECTION_TIMEOUT=1000\n');
		expectProblems('timing', 'ETCD_ELECTION_TIMEOUT=50000\n');
	});
	it('marks zeros, too short and too long election timeouts', () => {
		expectProblems('timing', 'ETCD_HEARTBEAT_INTERVAL=⟦0⟧\n');
		expectProblems('timing', 'ETCD_ELECTION_TIMEOUT=⟦0⟧\n');
		expectProblems('timing', 'ETCD_HEARTBEAT_INTERVAL=300\nETCD_ELECTION_TIMEOUT=⟦1000⟧\n');
		expectProblems('timing', 'ETCD_HEARTBEAT_INTERVAL=⟦300⟧\n');
		expectProblems('timing', 'ETCD_ELECTION_TIMEOUT=⟦50001⟧\n');
	});
	it('leaves unreadable values to invalid-value', () => {
		expectProblems('timing', 'ETCD_HEARTBEAT_INTERVAL=100ms\nETCD_ELECTION_TIMEOUT=100\n');
	});
});
