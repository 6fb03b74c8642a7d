import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { check, expectProblems } from './ruleTest';

const id = 'config-file-ignores-others';

describe('config-file-ignores-others', () => {
	staysQuietOnCleanFiles(id);
	it('warns on ETCD_CONFIG_FILE and fades every variable it makes etcd ignore (observed on 3.4.23)', () => {
		const problems = expectProblems(id, '⟦ETCD_CONFIG_FILE="/etc/etcd/etcd.yml"⟧\n⟦ETCD_NAME=pg1⟧\n# tuning\n⟦ETCD_HEARTBEAT_INTERVAL=200⟧\n');
		const [main, ...faded] = problems;
		assert.equal(main.message, 'ETCD_CONFIG_FILE makes etcd take every setting from \'/etc/etcd/etcd.yml\' and ignore all other ETCD_ variables and flags, so ETCD_NAME and ETCD_HEARTBEAT_INTERVAL here have no effect: move them into that file. Debian\'s unit also sets ETCD_NAME and ETCD_DATA_DIR, which are ignored too, so the YAML file needs its own name and data-dir.');
		assert.equal(main.severity, undefined);
		assert.equal(main.related?.length, 2);
		assert.deepEqual(faded.map(p => [p.severity, p.unnecessary]), [['hint', true], ['hint', true]]);
		assert.equal(faded[0].message, 'ETCD_NAME has no effect: ETCD_CONFIG_FILE (on line 1) makes etcd read the YAML file and ignore it.');
	});
	it('counts the flags of DAEMON_ARGS, and a --config-file flag wins over the variable', () => {
		const problems = expectProblems(id, '⟦ETCD_CONFIG_FILE=/a.yml⟧\nDAEMON_ARGS="⟦--config-file /b.yml⟧ ⟦--log-level debug⟧"\n');
		const main = problems.find(p => p.severity === undefined);
		assert.match(main?.message ?? '', /^--config-file makes etcd take every setting from '\/b\.yml' .* so ETCD_CONFIG_FILE and --log-level here have no effect: move them/);
	});
	it('shortens a long list', () => {
		const { problems } = check(id, 'ETCD_CONFIG_FILE=/a.yml\nETCD_NAME=a\nETCD_DATA_DIR=/d\nETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_LOG_LEVEL=info\n');
		assert.match(problems[0].message, /so ETCD_NAME, ETCD_DATA_DIR and 2 more here have no effect/);
	});
	it('is quiet when the file sets only the config file, or an empty one', () => {
		expectProblems(id, '# everything is in the YAML\nETCD_CONFIG_FILE=/etc/etcd/etcd.yml\nDAEMON_ARGS=""\nETCDCTL_API=3\n');
		expectProblems(id, 'ETCD_CONFIG_FILE=\nETCD_NAME=pg1\n');
	});
	it('does not count the special variables, which etcd reads before the config file', () => {
		expectProblems(id, 'ETCD_CONFIG_FILE=/a.yml\nETCD_UNSUPPORTED_ARCH=arm64\nETCD_VERIFY=all\n');
	});
});
