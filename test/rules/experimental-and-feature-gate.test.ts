import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'experimental-and-feature-gate';

describe('experimental-and-feature-gate', () => {
	staysQuietOnCleanFiles(id);
	it('marks an experimental switch whose gate is in ETCD_FEATURE_GATES', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=true⟧\nETCD_FEATURE_GATES="InitialCorruptCheck=true"\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK and the InitialCorruptCheck gate in ETCD_FEATURE_GATES (on line 2) switch the same feature, and etcd 3.6 refuses to start when both are given: keep only the feature gate.');
		assert.equal(problem.fixes?.[0].safe, true);
		assert.equal(applyFix(id, '# x\r\nETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=true\r\nETCD_FEATURE_GATES="InitialCorruptCheck=true"\r\n', /Remove ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK/, { version: '3.6' }),
			'# x\r\nETCD_FEATURE_GATES="InitialCorruptCheck=true"\r\n');
	});
	it('does not mark the removal safe when the two disagree', () => {
		const { problems } = check(id, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=false\nETCD_FEATURE_GATES=InitialCorruptCheck=true\n', { version: '3.6' });
		assert.equal(problems[0].fixes?.[0].safe, false);
	});
	it('follows etcd\'s substring test: LeaseCheckpointPersist names LeaseCheckpoint too', () => {
		const source = 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=true\nETCD_FEATURE_GATES=LeaseCheckpointPersist=true\n';
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=true⟧\nETCD_FEATURE_GATES=LeaseCheckpointPersist=true\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_FEATURE_GATES (on line 2) names LeaseCheckpointPersist, which etcd 3.6 counts as the LeaseCheckpoint gate because it matches gate names as substrings, so it refuses to start with ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT as well: set LeaseCheckpoint in ETCD_FEATURE_GATES instead.');
		assert.equal(applyFix(id, source, /Move to ETCD_FEATURE_GATES as LeaseCheckpoint=true/, { version: '3.6' }), 'ETCD_FEATURE_GATES=LeaseCheckpointPersist=true,LeaseCheckpoint=true\n');
	});
	it('works with flags in DAEMON_ARGS', () => {
		expectProblems(id, 'DAEMON_ARGS="⟦--experimental-compact-hash-check-enabled⟧ --feature-gates=CompactHashCheck=true"\n', { version: '3.6' });
	});
	it('is quiet without a matching gate, before 3.6, and for empty variables', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=true\nETCD_FEATURE_GATES=CompactHashCheck=true\n', { version: '3.6' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=true\nETCD_FEATURE_GATES=InitialCorruptCheck=true\n', { version: '3.5' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=\nETCD_FEATURE_GATES=InitialCorruptCheck=true\n', { version: '3.6' });
	});
});
