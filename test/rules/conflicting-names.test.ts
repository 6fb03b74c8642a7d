import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'conflicting-names';
const both = 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m\nETCD_CORRUPT_CHECK_TIME=10m\n';

describe('conflicting-names', () => {
	staysQuietOnCleanFiles(id);
	it('marks the experimental name when its twin is set too, on 3.6', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m⟧\nETCD_CORRUPT_CHECK_TIME=10m\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME and ETCD_CORRUPT_CHECK_TIME (on line 2) are two names for one option, and etcd 3.6 refuses to start when both are given: keep only ETCD_CORRUPT_CHECK_TIME.');
		const { text } = check(id, both, { version: '3.6' });
		const related = problem.related?.[0].span;
		assert.equal(related && text.slice(related.start, related.end), 'ETCD_CORRUPT_CHECK_TIME=10m');
	});
	it('is quiet on versions where only one of the names exists', () => {
		expectProblems(id, both, { version: '3.5' });
		expectProblems(id, both, { version: '3.7' });
	});
	it('removes the experimental line; safe only when both say the same', () => {
		const different = check(id, both, { version: '3.6' }).problems[0].fixes?.[0];
		assert.equal(different?.safe, false);
		assert.equal(applyFix(id, '# a\r\n' + both.replace(/\n/g, '\r\n'), /Remove ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME \(ETCD_CORRUPT_CHECK_TIME stays '10m'\)/, { version: '3.6' }), '# a\r\nETCD_CORRUPT_CHECK_TIME=10m\r\n');
		const same = check(id, 'ETCD_EXPERIMENTAL_MEMORY_MLOCK=true\nETCD_MEMORY_MLOCK=true\n', { version: '3.6' }).problems[0].fixes?.[0];
		assert.equal(same?.safe, true);
	});
	it('counts a DAEMON_ARGS flag as given', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_WATCH_PROGRESS_NOTIFY_INTERVAL=5s⟧\nDAEMON_ARGS="--watch-progress-notify-interval=10s"\n', { version: '3.6' });
		assert.match(problem.message, /\(in DAEMON_ARGS\)/);
		expectProblems(id, 'DAEMON_ARGS="⟦--experimental-compaction-batch-limit=100⟧ --compaction-batch-limit=100"\n', { version: '3.6' });
	});
	it('does not count an empty variable, which etcd treats as unset', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=\nETCD_CORRUPT_CHECK_TIME=10m\n', { version: '3.6' });
	});
	it('compares the unary-request warning durations by value: a zero is no clash', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_WARNING_UNARY_REQUEST_DURATION=0\nETCD_WARNING_UNARY_REQUEST_DURATION=300ms\n', { version: '3.6' });
		expectProblems(id, '⟦ETCD_EXPERIMENTAL_WARNING_UNARY_REQUEST_DURATION=1s⟧\nETCD_WARNING_UNARY_REQUEST_DURATION=300ms\n', { version: '3.6' });
	});
	it('leaves feature-gate replacements to experimental-and-feature-gate', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK=true\nETCD_FEATURE_GATES=InitialCorruptCheck=true\n', { version: '3.6' });
	});
});
