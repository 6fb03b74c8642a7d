import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'invalid-argument';

describe('invalid-argument', () => {
	staysQuietOnCleanFiles(id);
	it('marks the value written after a boolean flag (observed on 3.4.23: \'false\' is not a valid flag)', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--auto-tls ⟦false⟧"\n');
		assert.equal(problem.message, '--auto-tls is a switch that takes its value only as --auto-tls=false, so etcd refuses \'false\' as a stray word: write --auto-tls=false.');
		assert.equal(applyFix(id, '# tls\r\nDAEMON_ARGS="--auto-tls false"\r\n', /Write --auto-tls=false/), '# tls\r\nDAEMON_ARGS="--auto-tls=false"\r\n');
	});
	it('reports only the first stray word, and says the rest is not read', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--enable-pprof ⟦true⟧ --name pg1"\n');
		assert.match(problem.message, /\(nothing after it is read either\): write --enable-pprof=true\.$/);
	});
	it('marks half of a value split at an unquoted blank', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--initial-cluster-token my ⟦token⟧"\n');
		assert.equal(problem.message, '\'token\' is not a flag: Go stops reading flags at it and etcd refuses to start (if it belongs to the value of --initial-cluster-token, quote the whole value).');
		assert.equal(problem.fixes, undefined);
	});
	it('marks a word that is not a flag at all', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦name=pg1⟧"\n');
		assert.equal(problem.message, '\'name=pg1\' is not a flag: Go stops reading flags at it and etcd refuses to start.');
	});
	it('accepts a lone -- at the end and marks what follows one (observed on 3.4.23)', () => {
		expectProblems(id, 'DAEMON_ARGS="--enable-pprof --"\n');
		const [problem] = expectProblems(id, 'DAEMON_ARGS="-- ⟦--name⟧ pg1"\n');
		assert.match(problem.message, /^'--name' comes after '--', where flag reading ends/);
	});
	it('marks a flag that needs a value as the last word', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--enable-pprof ⟦--log-level⟧"\n');
		assert.equal(problem.message, '--log-level is the last word of DAEMON_ARGS but takes a value, so etcd stops with a usage error: give it one, as --log-level=<value>.');
	});
	it('is quiet about a switch at the end, an unknown flag at the end, and an etcd 2 leftover at the end', () => {
		expectProblems(id, 'DAEMON_ARGS="--log-level info --enable-pprof"\n');
		expectProblems(id, 'DAEMON_ARGS="--nmae"\n');
		expectProblems(id, 'DAEMON_ARGS="--force"\n');
	});
	it('is quiet after an etcd 2 leftover followed by a flag, which Go reads correctly', () => {
		expectProblems(id, 'DAEMON_ARGS="--force --name pg1"\n');
	});
	it('leaves a templated DAEMON_ARGS alone', () => {
		expectProblems(id, 'DAEMON_ARGS="--name {{ inventory_hostname }} {{ etcd_extra_args }}"\n');
	});
	it('reads only the last DAEMON_ARGS line', () => {
		assert.equal(check(id, 'DAEMON_ARGS="--auto-tls false"\nDAEMON_ARGS="--auto-tls=false"\n').problems.length, 0);
	});
});
