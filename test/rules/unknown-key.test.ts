import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staysQuietOnCleanFiles } from './keyFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'unknown-key';

describe('unknown-key', () => {
	staysQuietOnCleanFiles(id);
	it('marks a misspelt variable and suggests the option', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦ETCD_DATA_DRI⟧=/var/lib/etcd\n');
		assert.equal(problem.message, 'ETCD_DATA_DRI is not an etcd 3.5 variable, so etcd ignores it with a warning about an unrecognised variable: did you mean ETCD_DATA_DIR?');
	});
	it('explains letter case: etcd matches ETCD_name only as written', () => {
		const [problem] = expectProblems(id, '⟦ETCD_name⟧=pg1\n');
		assert.equal(problem.message, 'ETCD_name is not ETCD_NAME: etcd reads variable names case-sensitively, so it ignores this one with a warning about an unrecognised variable.');
		assert.equal(applyFix(id, '# member\r\nETCD_name="pg1"\r\n', /Rename to ETCD_NAME/), '# member\r\nETCD_NAME="pg1"\r\n');
	});
	it('says what to do when nothing is close', () => {
		const [problem] = expectProblems(id, '⟦ETCD_SOMETHING_ELSE_ENTIRELY⟧=1\n');
		assert.match(problem.message, /check the spelling, or remove the line\.$/);
		assert.equal(problem.fixes?.length, 0);
	});
	it('offers one rename per suggestion, only the best one preferred, none safe', () => {
		const [problem] = expectProblems(id, '⟦ETCD_CLIENT_CERT⟧=/etc/etcd/client.crt\n');
		assert.match(problem.message, /did you mean ETCD_CLIENT_CERT_AUTH or ETCD_CLIENT_CERT_FILE\?$/);
		const fixes = problem.fixes ?? [];
		assert.deepEqual(fixes.map(f => [f.title, f.preferred, f.safe ?? false]), [['Rename to ETCD_CLIENT_CERT_AUTH', true, false], ['Rename to ETCD_CLIENT_CERT_FILE', false, false]]);
		assert.equal(applyFix(id, 'ETCD_CLIENT_CERT=/etc/etcd/client.crt\n', /ETCD_CLIENT_CERT_FILE/), 'ETCD_CLIENT_CERT_FILE=/etc/etcd/client.crt\n');
		assert.equal(applyFix(id, 'ETCD_NMAE=pg1 \n# end\n', /Rename to ETCD_NAME$/), 'ETCD_NAME=pg1 \n# end\n');
	});
	it('still marks an empty unknown variable', () => {
		expectProblems(id, '⟦ETCD_NMAE⟧=\n');
	});
	it('leaves other tools\' variables, DAEMON_ARGS and ETCDCTL_* alone', () => {
		expectProblems(id, 'ETCDCTL_API=3\nDAEMON_ARGS="--log-level debug"\nGOMAXPROCS=4\nHTTP_PROXY=http://proxy:3128\n');
	});
	it('leaves options of other versions, legacy names and special variables to their own rules', () => {
		expectProblems(id, 'ETCD_DEBUG=true\nETCD_CONFIG=/x\nETCD_FORCE=1\nETCD_VERSION=3.5\nETCD_UNSUPPORTED_ARCH=arm64\nETCD_VERIFY=all\nETCD_FEATURE_GATES=InitialCorruptCheck=true\n', { version: '3.4' });
	});
	it('suggests names of the target version only', () => {
		const on36 = check(id, 'ETCD_CORUPT_CHECK_TIME=5m\n', { version: '3.6' }).problems[0];
		assert.match(on36.message, /did you mean ETCD_CORRUPT_CHECK_TIME\?$/);
		const on35 = check(id, 'ETCD_CORUPT_CHECK_TIME=5m\n', { version: '3.5' }).problems[0];
		assert.doesNotMatch(on35.message, /ETCD_CORRUPT_CHECK_TIME\b/);
	});
	it('suggests the special variables too', () => {
		const [problem] = expectProblems(id, '⟦ETCD_UNSUPORTED_ARCH⟧=arm64\n');
		assert.match(problem.message, /did you mean ETCD_UNSUPPORTED_ARCH\?/);
	});
});
