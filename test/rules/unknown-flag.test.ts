import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, expectProblems } from './ruleTest';

const id = 'unknown-flag';

describe('unknown-flag', () => {
	staysQuietOnCleanFiles(id);
	it('marks a misspelt flag as a usage error and suggests the option (observed on 3.4.23)', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--log-level info ⟦--enable-ppof⟧"\n');
		assert.equal(problem.message, '--enable-ppof is not a flag of etcd 3.5, so etcd stops with a usage error: did you mean --enable-pprof?');
		assert.equal(applyFix(id, 'DAEMON_ARGS="--log-level info --enable-ppof"\r\n', /Rename to --enable-pprof/), 'DAEMON_ARGS="--log-level info --enable-pprof"\r\n');
	});
	it('turns a variable name used as a flag into the flag', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦--ETCD_LISTEN_CLIENT_URLS⟧=http://127.0.0.1:2379"\n');
		assert.match(problem.message, /did you mean --listen-client-urls\?$/);
		assert.equal(applyFix(id, 'DAEMON_ARGS="-data_dir=/x"\n', /Rename to --data-dir/), 'DAEMON_ARGS="--data-dir=/x"\n');
	});
	it('says so when nothing is close', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦--frobnicate-everything⟧=1"\n');
		assert.match(problem.message, /stops with a usage error: check the spelling, or remove it\.$/);
	});
	it('marks --help and -h, which print the usage and exit, and removes them safely', () => {
		const [help] = expectProblems(id, 'DAEMON_ARGS="⟦--help⟧ --log-level info"\n');
		assert.equal(help.message, '--help makes etcd print its usage and exit, so the service never runs: remove it from DAEMON_ARGS.');
		assert.equal(help.fixes?.[0].safe, true);
		assert.equal(applyFix(id, 'DAEMON_ARGS="--log-level info -h"\n', /Remove/), 'DAEMON_ARGS="--log-level info"\n');
		assert.equal(applyFix(id, 'DAEMON_ARGS="--help --log-level info"\n', /Remove --help/), 'DAEMON_ARGS="--log-level info"\n');
	});
	it('leaves known flags, other versions\' flags and etcd 2 leftovers to other rules', () => {
		expectProblems(id, 'DAEMON_ARGS="--log-level info --log-format=json --debug --force --config=/x"\n', { version: '3.5' });
	});
	it('leaves variables alone', () => {
		expectProblems(id, 'ETCD_NMAE=pg1\n');
	});
});
