import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('value-range', () => {
	it('stays quiet within the bounds', () => {
		expectProblems('value-range', pg3 + 'ETCD_QUOTA_BACKEND_BYTES=8589934592\nETCD_BCRYPT_COST=12\n');
	});
	it('marks values etcd replaces or warns about', () => {
		const problems = expectProblems('value-range', 'ETCD_BCRYPT_COST=⟦3⟧\nETCD_QUOTA_BACKEND_BYTES=⟦17179869184⟧\nETCD_MAX_REQUEST_BYTES=⟦20971520⟧\nETCD_SNAPSHOT_COUNT=⟦0⟧\n');
		assert.deepEqual(problems.map(p => p.severity), [undefined, undefined, 'hint', 'hint']);
		assert.match(problems[1].message, /16 GiB/);
	});
	// v3.4.45:embed/etcd.go:937 (retention), v3.4.45:etcdserver/corrupt.go:182, v3.5.33:server/etcdserver/server.go:2817, v3.4.45:etcdserver/v3_server.go:843
	it('warns about values etcd accepts and then loops or refuses writes on', () => {
		expectProblems('value-range', 'ETCD_AUTO_COMPACTION_RETENTION=⟦-1h⟧\n');
		expectProblems('value-range', 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=⟦-1s⟧\n', { version: '3.4' });
		expectProblems('value-range', 'ETCD_CORRUPT_CHECK_TIME=-1s\n', { version: '3.6' });
		expectProblems('value-range', 'ETCD_DOWNGRADE_CHECK_TIME=⟦-1s⟧\n', { version: '3.7' });
		expectProblems('value-range', 'ETCD_MAX_REQUEST_BYTES=⟦0⟧\n');
	});
});
