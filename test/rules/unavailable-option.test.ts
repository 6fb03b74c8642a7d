import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'unavailable-option';

describe('unavailable-option', () => {
	staysQuietOnCleanFiles(id);
	it('marks a variable removed in the target version and names its replacement', () => {
		const [problem] = expectProblems(id, '⟦ETCD_DEBUG⟧="true"\n', { version: '3.5' });
		assert.equal(problem.message, 'ETCD_DEBUG was removed in etcd 3.5, so etcd 3.5 ignores it with a warning about an unrecognised variable: use ETCD_LOG_LEVEL=debug instead.');
		assert.equal(problem.severity, undefined);
		assert.equal(problem.fixes, undefined);
	});
	it('is quiet where the option still exists', () => {
		expectProblems(id, 'ETCD_DEBUG="true"\nETCD_LOG_OUTPUT=stderr\nETCD_PROXY=off\n', { version: '3.4' });
	});
	it('renames a removed option to its successor, keeping the value and the line end', () => {
		const source = '# logging\r\nETCD_LOG_OUTPUT="stderr"\r\n';
		const [problem] = expectProblems(id, '# logging\r\n⟦ETCD_LOG_OUTPUT⟧="stderr"\r\n', { version: '3.6' });
		assert.match(problem.message, /^ETCD_LOG_OUTPUT was removed in etcd 3\.5, so etcd 3\.6 ignores it .*: write ETCD_LOG_OUTPUTS instead\.$/);
		assert.equal(problem.fixes?.[0].safe, undefined);
		assert.equal(applyFix(id, source, /Rename to ETCD_LOG_OUTPUTS/, { version: '3.6' }), '# logging\r\nETCD_LOG_OUTPUTS="stderr"\r\n');
	});
	it('says which version brings an option that is not there yet', () => {
		const [problem] = expectProblems(id, '⟦ETCD_CLIENT_CERT_FILE⟧=/etc/etcd/client.crt\n⟦ETCD_LOG_FORMAT⟧=json\n', { version: '3.4' })
			.sort((a, b) => a.span.start - b.span.start);
		assert.equal(problem.message, 'ETCD_CLIENT_CERT_FILE is not available in etcd 3.4 (it comes with etcd 3.5), so etcd 3.4 ignores it with a warning about an unrecognised variable: remove it.');
	});
	it('offers the experimental spelling of an option that 3.6 renamed', () => {
		const [problem] = expectProblems(id, '⟦ETCD_CORRUPT_CHECK_TIME⟧=5m\n', { version: '3.5' });
		assert.match(problem.message, /comes with etcd 3\.6\), .*: write ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME instead\.$/);
		assert.equal(applyFix(id, 'ETCD_CORRUPT_CHECK_TIME=5m\n', /Rename/, { version: '3.5' }), 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=5m\n');
	});
	it('points 3.7 from a removed experimental switch to its feature gate', () => {
		const [problem] = expectProblems(id, '⟦ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK⟧=true\n', { version: '3.7' });
		assert.match(problem.message, /removed in etcd 3\.7, .*: use ETCD_FEATURE_GATES=InitialCorruptCheck=true instead\.$/);
	});
	it('makes a flag of another version an error and renames it with its dashes', () => {
		const source = 'DAEMON_ARGS="--experimental-corrupt-check-time=5m --log-level info"\n';
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦--experimental-corrupt-check-time⟧=5m --log-level info"\n', { version: '3.7' });
		assert.equal(problem.severity, 'error');
		assert.equal(problem.message, '--experimental-corrupt-check-time was removed in etcd 3.7, so etcd 3.7 stops with a usage error: write --corrupt-check-time instead.');
		assert.equal(applyFix(id, source, /Rename to --corrupt-check-time/, { version: '3.7' }), 'DAEMON_ARGS="--corrupt-check-time=5m --log-level info"\n');
	});
	it('leaves unknown names to unknown-key and unknown-flag', () => {
		expectProblems(id, 'ETCD_NMAE=x\nDAEMON_ARGS="--nmae=x"\n');
	});
	it('checks the v2 proxy options by version', () => {
		assert.equal(check(id, 'ETCD_PROXY=off\n', { version: '3.5' }).problems.length, 0);
		expectProblems(id, '⟦ETCD_PROXY⟧=off\n', { version: '3.6' });
	});
	it('only informs about a removed option set to nothing; a flag still stops etcd', () => {
		const [empty, set] = expectProblems(id, '⟦ETCD_PROXY⟧=\n⟦ETCD_PROXY_DIAL_TIMEOUT⟧=1000\n', { version: '3.6' });
		assert.equal(empty.severity, 'information');
		assert.equal(set.severity, undefined);
	});

	// option sincePatch facts: v3.4.45:etcdmain/config.go defines the flag from the patch named; 3.4.23 warns about the variable
	it('follows the patch an option arrived in: a flag before it is an error, a variable or YAML key a warning', () => {
		const [flag] = expectProblems(id, 'DAEMON_ARGS="⟦--listen-client-http-urls⟧=http://10.0.0.1:2378"\n', { version: '3.4.23' });
		assert.equal(flag.severity, 'error');
		assert.match(flag.message, /not available in etcd 3\.4\.23 \(it comes with etcd 3\.4\.25\)/);
		const [variable] = expectProblems(id, '⟦ETCD_TLS_MIN_VERSION⟧=TLS1.3\n', { version: '3.5.7' });
		assert.equal(variable.severity, undefined);
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\n', { version: '3.5.8' });
		expectProblems(id, '⟦max-concurrent-streams⟧: 10\n', { version: '3.4.19', file: 'etcd.conf.yml' });
	});
	// yaml keys added after their flags: v3.5.33:server/embed/config.go (json tags compared at every 3.5 tag)
	it('follows the patch a YAML key arrived in, apart from its flag', () => {
		expectProblems(id, 'socket-options:\n  ⟦reuse-port⟧: true\n', { version: '3.5.9', file: 'etcd.conf.yml' });
		expectProblems(id, 'socket-options:\n  reuse-port: true\n', { version: '3.5.10', file: 'etcd.conf.yml' });
		expectProblems(id, 'ETCD_SOCKET_REUSE_PORT=true\n', { version: '3.5.0' });
		expectProblems(id, 'peer-transport-security:\n  ⟦allowed-cn⟧: etcd\n', { version: '3.5.13', file: 'etcd.conf.yml' });
		expectProblems(id, 'peer-transport-security:\n  ⟦allowed-cn⟧: [etcd]\n', { version: '3.4', file: 'etcd.conf.yml' });
		expectProblems(id, '⟦discovery-fallback⟧: exit\n', { version: '3.6', file: 'etcd.conf.yml' });
		expectProblems(id, 'discovery-fallback: exit\n', { version: '3.5', file: 'etcd.conf.yml' });
	});
});
