import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, expectProblems } from './ruleTest';

const id = 'deprecated-option';

describe('deprecated-option', () => {
	staysQuietOnCleanFiles(id);
	it('marks an experimental option of 3.6 and renames it to its twin', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME⟧="5m"\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME is deprecated in etcd 3.6 and gone in 3.7: use ETCD_CORRUPT_CHECK_TIME instead.');
		assert.equal(problem.deprecated, true);
		assert.notEqual(problem.fixes?.[0].safe, true);
		assert.equal(applyFix(id, '# checks\r\nETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME="5m"\r\n', /Rename to ETCD_CORRUPT_CHECK_TIME/, { version: '3.6' }),
			'# checks\r\nETCD_CORRUPT_CHECK_TIME="5m"\r\n');
	});
	it('names the feature gate that replaces an experimental switch, without a rename', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK⟧=true\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK is deprecated in etcd 3.6 and gone in 3.7: use ETCD_FEATURE_GATES=InitialCorruptCheck=true instead.');
		assert.equal(problem.fixes, undefined);
	});
	it('marks the v2 options of 3.5, which have no successor', () => {
		const [problem] = expectProblems(id, '⟦ETCD_ENABLE_V2⟧=true\n', { version: '3.5' });
		assert.equal(problem.message, 'ETCD_ENABLE_V2 is deprecated in etcd 3.5 and gone in 3.6: it still works, but plan to do without it.');
	});
	it('is quiet where the option is current or already removed', () => {
		expectProblems(id, 'ETCD_ENABLE_V2=true\nETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m\n', { version: '3.4' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m\n', { version: '3.5' });
		expectProblems(id, 'ETCD_ENABLE_V2=true\nETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m\n', { version: '3.7' });
	});
	it('marks a deprecated flag in DAEMON_ARGS with the flag spelling of the replacement', () => {
		const [debug, output] = expectProblems(id, 'DAEMON_ARGS="⟦--debug⟧ ⟦--log-output⟧=stderr"\nETCD_NAME=pg1\n', { version: '3.4' });
		assert.equal(debug.message, '--debug is deprecated in etcd 3.4 and gone in 3.5: use --log-level=debug instead.');
		assert.equal(output.message, '--log-output is deprecated in etcd 3.4 and gone in 3.5: use --log-outputs instead.');
	});
	it('renames a deprecated flag', () => {
		const source = 'DAEMON_ARGS="--experimental-compaction-batch-limit=1000"\n';
		assert.equal(applyFix(id, source, /Rename to --compaction-batch-limit/, { version: '3.6' }), 'DAEMON_ARGS="--compaction-batch-limit=1000"\n');
	});
	it('marks max-snapshots on 3.6 and 3.7 without a successor', () => {
		expectProblems(id, '⟦ETCD_MAX_SNAPSHOTS⟧=5\n', { version: '3.7' });
	});
	it('only informs about a deprecated option set to nothing: nothing is lost', () => {
		const [problem] = expectProblems(id, '⟦discovery⟧:\n⟦max-snapshots⟧: 5\n', { version: '3.6', file: 'etcd.conf.yml' });
		assert.equal(problem.severity, 'information');
	});
});
