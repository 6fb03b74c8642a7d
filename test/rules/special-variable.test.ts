import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'special-variable';

describe('special-variable', () => {
	staysQuietOnCleanFiles(id);
	it('warns that ETCD_VERSION selects nothing on 3.5 and later', () => {
		for (const version of ['3.5', '3.6', '3.7'] as const) {
			const [problem] = expectProblems(id, '⟦ETCD_VERSION⟧="3.5.17"\n', { version });
			assert.equal(problem.message, `ETCD_VERSION does not select an etcd version: etcd ${version} removes it from its environment with a warning at every start; remove it.`);
			assert.equal(problem.severity, undefined);
		}
	});
	it('makes a non-boolean ETCD_VERSION an error on 3.4, which parses it as --version (observed on 3.4.23)', () => {
		const [problem] = expectProblems(id, '⟦ETCD_VERSION⟧=3.4.23\n', { version: '3.4' });
		assert.equal(problem.severity, 'error');
		assert.equal(problem.message, 'ETCD_VERSION does not select an etcd version: etcd 3.4 reads it as its --version switch, which takes only true or false, so \'3.4.23\' stops it at start: remove it.');
		const [harmless] = expectProblems(id, '⟦ETCD_VERSION⟧=false\n', { version: '3.4' });
		assert.equal(harmless.severity, undefined);
	});
	it('removes ETCD_VERSION, not marked safe (other scripts may read it)', () => {
		const source = '# pin\r\nETCD_VERSION=3.4.23\r\nETCD_NAME=pg1\r\n';
		assert.equal(applyFix(id, source, /Remove ETCD_VERSION/, { version: '3.4' }), '# pin\r\nETCD_NAME=pg1\r\n');
		assert.notEqual(check(id, source).problems[0].fixes?.[0].safe, true);
	});
	it('explains ETCD_UNSUPPORTED_ARCH with a Go architecture name as information', () => {
		const [problem] = expectProblems(id, '⟦ETCD_UNSUPPORTED_ARCH⟧=arm64\n');
		assert.equal(problem.severity, 'information');
		assert.match(problem.message, /^ETCD_UNSUPPORTED_ARCH=arm64 lets etcd start on a CPU type it does not officially support/);
	});
	it('warns when ETCD_UNSUPPORTED_ARCH can never match and writes Go\'s name', () => {
		const [problem] = expectProblems(id, '⟦ETCD_UNSUPPORTED_ARCH="aarch64"⟧\n');
		assert.equal(problem.severity, undefined);
		assert.equal(problem.message, '\'aarch64\' is not Go\'s name for a CPU type, so ETCD_UNSUPPORTED_ARCH never matches and etcd still refuses to start on an unsupported CPU: write arm64.');
		assert.equal(applyFix(id, '# arm board\nETCD_UNSUPPORTED_ARCH="aarch64"\n', /Write arm64/), '# arm board\nETCD_UNSUPPORTED_ARCH="arm64"\n');
		const [unknown] = expectProblems(id, '⟦ETCD_UNSUPPORTED_ARCH=yes⟧\n');
		assert.equal(unknown.fixes, undefined);
	});
	it('leaves a templated architecture alone', () => {
		expectProblems(id, 'ETCD_UNSUPPORTED_ARCH={{ ansible_architecture }}\n');
	});
	it('warns about ETCD_VERIFY, differently for 3.4 which does not read it', () => {
		const [on36] = expectProblems(id, '⟦ETCD_VERIFY⟧=all\n', { version: '3.6' });
		assert.equal(on36.message, 'ETCD_VERIFY makes etcd 3.6 run internal consistency checks meant for etcd\'s own tests, which slow it down and stop it when a check fails: remove it in production.');
		const [on34] = expectProblems(id, '⟦ETCD_VERIFY⟧=all\n', { version: '3.4' });
		assert.match(on34.message, /^etcd 3\.4 does not read ETCD_VERIFY/);
	});
	it('makes --version in DAEMON_ARGS an error and removes it safely', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--log-level info ⟦--version⟧"\n');
		assert.equal(problem.severity, 'error');
		assert.equal(problem.fixes?.[0].safe, true);
		assert.equal(applyFix(id, 'DAEMON_ARGS="--log-level info --version"\n', /Remove --version/), 'DAEMON_ARGS="--log-level info"\n');
		expectProblems(id, 'DAEMON_ARGS="--version=false"\n');
	});
	it('is quiet about ordinary options and other variables', () => {
		expectProblems(id, 'ETCD_NAME=pg1\nETCDCTL_API=3\nETCD_ENABLE_V2=false\n');
	});
});
