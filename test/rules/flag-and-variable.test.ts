import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'flag-and-variable';

describe('flag-and-variable', () => {
	staysQuietOnCleanFiles(id);
	it('marks a flag whose option the file also sets as a variable (observed on 3.4.23)', () => {
		const [problem] = expectProblems(id, 'ETCD_LOG_LEVEL=info\nDAEMON_ARGS="⟦--log-level debug⟧ --enable-pprof"\n');
		assert.equal(problem.message, '--log-level is also set as ETCD_LOG_LEVEL (on line 1), and etcd refuses to start when an option comes both as a variable and as a flag, even an empty one: keep only one of them.');
		const related = problem.related?.[0].span;
		assert.deepEqual(related, { start: 0, end: 'ETCD_LOG_LEVEL=info'.length });
	});
	it('removes the flag and keeps the variable, or moves the flag\'s value into the variable', () => {
		const source = '# log\r\nETCD_LOG_LEVEL="info"\r\nDAEMON_ARGS="--enable-pprof --log-level debug"\r\n';
		assert.equal(applyFix(id, source, /Remove --log-level from DAEMON_ARGS \(ETCD_LOG_LEVEL stays 'info'\)/), '# log\r\nETCD_LOG_LEVEL="info"\r\nDAEMON_ARGS="--enable-pprof"\r\n');
		assert.equal(applyFix(id, source, /Move 'debug' into ETCD_LOG_LEVEL/), '# log\r\nETCD_LOG_LEVEL="debug"\r\nDAEMON_ARGS="--enable-pprof"\r\n');
		assert.equal(check(id, source).problems[0].fixes?.[0].safe, false);
		assert.equal(check(id, 'ETCD_LOG_LEVEL=debug\nDAEMON_ARGS="--log-level=debug"\n').problems[0].fixes?.[0].safe, true);
	});
	it('counts an empty variable too', () => {
		expectProblems(id, 'ETCD_AUTO_TLS=\nDAEMON_ARGS="⟦--auto-tls⟧"\n');
	});
	it('always marks --name and --data-dir: Debian\'s unit sets ETCD_NAME and ETCD_DATA_DIR itself', () => {
		const [name, dataDir] = expectProblems(id, 'DAEMON_ARGS="⟦--name pg1⟧ ⟦--data-dir=/var/lib/etcd⟧"\n');
		assert.equal(name.message, 'Debian\'s unit always sets ETCD_NAME itself, so --name in DAEMON_ARGS makes etcd refuse to start (an option may not come both as a variable and as a flag): set ETCD_NAME in this file instead.');
		assert.equal(dataDir.related, undefined);
	});
	it('moves --name into an ETCD_NAME line after DAEMON_ARGS, safely', () => {
		const source = 'DAEMON_ARGS="--name pg1 --log-level debug"\r\n# end\r\n';
		const fix = check(id, source).problems[0].fixes?.[0];
		assert.equal(fix?.safe, true);
		assert.equal(applyFix(id, source, /Move to ETCD_NAME="pg1"/), 'DAEMON_ARGS="--log-level debug"\r\nETCD_NAME="pg1"\r\n# end\r\n');
	});
	it('offers no move for a flag without a value', () => {
		const { problems } = check(id, 'DAEMON_ARGS="--log-level debug --data-dir"\n');
		assert.equal(problems.length, 1);
		assert.deepEqual(problems[0].fixes, []);
	});
	it('is quiet when a config file takes over: etcd then reads neither (observed on 3.4.23)', () => {
		expectProblems(id, 'DAEMON_ARGS="--config-file /etc/etcd.yml --name pg1"\nETCD_CONFIG_FILE=/etc/etcd.yml\n');
		expectProblems(id, 'ETCD_CONFIG_FILE=/etc/etcd.yml\nETCD_LOG_LEVEL=info\nDAEMON_ARGS="--log-level debug"\n');
	});
	it('leaves flags etcd does not define to the rules that stop earlier', () => {
		expectProblems(id, 'ETCD_NMAE=x\nETCD_LOG_FORMAT=json\nDAEMON_ARGS="--nmae x --log-format json"\n', { version: '3.5' });
	});
	it('does not mix a variable of another option with the flag', () => {
		expectProblems(id, 'ETCD_LOG_OUTPUTS=stderr\nETCD_NAME=pg1\nDAEMON_ARGS="--log-level debug --initial-cluster-token=t1"\n');
	});
});
