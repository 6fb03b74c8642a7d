import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectProblems } from './ruleTest';

describe('octal-number', () => {
	it('warns on a leading zero and offers the decimal', () => {
		const [problem] = expectProblems('octal-number', 'ETCD_SNAPSHOT_COUNT=⟦0100⟧\nETCD_HEARTBEAT_INTERVAL=100\nETCD_MAX_SNAPSHOTS=0\n');
		assert.match(problem.message, /octal number, 64/);
		assert.equal(applyFix('octal-number', 'ETCD_SNAPSHOT_COUNT="0100"\n', /Write 100/), 'ETCD_SNAPSHOT_COUNT="100"\n');
	});
	it('leaves 08 (unreadable) to invalid-value and strings alone', () => {
		expectProblems('octal-number', 'ETCD_SNAPSHOT_COUNT=08\nETCD_NAME=0100\n');
	});
});
