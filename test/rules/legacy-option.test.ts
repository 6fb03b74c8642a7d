import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'legacy-option';

describe('legacy-option', () => {
	staysQuietOnCleanFiles(id);
	it('warns that ETCD_CONFIG loads nothing and names ETCD_CONFIG_FILE', () => {
		const [problem] = expectProblems(id, '⟦ETCD_CONFIG⟧="/etc/etcd/etcd.conf.yml"\n');
		assert.equal(problem.message, 'ETCD_CONFIG does not load a configuration file: etcd accepts the name and ignores it, and the option that reads a YAML file is ETCD_CONFIG_FILE: rename it to ETCD_CONFIG_FILE if a file was meant, or remove it.');
		assert.deepEqual(problem.fixes?.map(f => [f.title, f.preferred, f.safe]), [['Rename to ETCD_CONFIG_FILE', true, undefined], ['Remove the ignored line', false, false]]);
	});
	it('renames ETCD_CONFIG, keeping quotes, comments and CRLF', () => {
		const source = '# yaml\r\nETCD_CONFIG="/etc/etcd/etcd.conf.yml"\r\nETCD_NAME=pg1\r\n';
		assert.equal(applyFix(id, source, /Rename to ETCD_CONFIG_FILE/), '# yaml\r\nETCD_CONFIG_FILE="/etc/etcd/etcd.conf.yml"\r\nETCD_NAME=pg1\r\n');
	});
	it('removes another leftover safely', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦ETCD_PEER_HEARTBEAT_INTERVAL⟧=100\n', { version: '3.6' });
		assert.equal(problem.message, 'ETCD_PEER_HEARTBEAT_INTERVAL is a leftover from etcd 2 that etcd accepts and ignores (3.4 logs a warning): remove it.');
		assert.equal(problem.fixes?.[0].safe, true);
		assert.equal(applyFix(id, 'ETCD_NAME=pg1\r\nETCD_PEER_HEARTBEAT_INTERVAL=100\r\n# end\r\n', /Remove the ignored line/), 'ETCD_NAME=pg1\r\n# end\r\n');
	});
	it('warns about a leftover flag written with =', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="--log-level info ⟦--config⟧=/etc/etcd.yml"\n');
		assert.equal(problem.severity, undefined);
		assert.match(problem.message, /the option that reads a YAML file is --config-file: rename it to --config-file if a file was meant/);
	});
	it('reads a leftover flag as a switch: a word after it is invalid-argument\'s stray word (observed on 3.4.23)', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦--force⟧ true --log-level info"\n');
		assert.equal(problem.severity, undefined);
		assert.equal(check('invalid-argument', 'DAEMON_ARGS="--force true --log-level info"\n').problems.length, 1);
		assert.equal(applyFix(id, 'DAEMON_ARGS="--force --log-level info"\n', /Remove the ignored --force/), 'DAEMON_ARGS="--log-level info"\n');
	});
	it('renames --config with a separate value to --config-file', () => {
		assert.equal(applyFix(id, 'DAEMON_ARGS="--config /etc/etcd.yml"\n', /Rename to --config-file/), 'DAEMON_ARGS="--config-file /etc/etcd.yml"\n');
	});
	it('does not take the next flag for a stray value, and removes the leftover alone', () => {
		const [problem] = expectProblems(id, 'DAEMON_ARGS="⟦--force⟧ --name pg1"\n');
		assert.equal(problem.severity, undefined);
		assert.equal(applyFix(id, 'DAEMON_ARGS="--force --name pg1"\n', /Remove the ignored --force/), 'DAEMON_ARGS="--name pg1"\n');
	});
	it('is quiet about a switch alone at the end and about real options', () => {
		expectProblems(id, 'ETCD_CONFIG_FILE=/etc/etcd.yml\nETCD_SNAPSHOT_COUNT=10000\nDAEMON_ARGS="--log-level info ⟦--snapshot⟧"\n');
		assert.equal(check(id, 'DAEMON_ARGS="--snapshot-count=5"\n').problems.length, 0);
	});
});
