import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'invalid-key';

describe('invalid-key', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks a name with a dash, which systemd drops', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦ETCD-DATA-DIR⟧="/var/lib/etcd"\n');
		assert.match(problem.message, /'ETCD-DATA-DIR' is not a valid variable name.*write ETCD_DATA_DIR/);
	});
	it('renames ETCD-NAME to ETCD_NAME and keeps the value and line ends', () => {
		assert.equal(applyFix(id, '# node\r\nETCD-NAME="pg1"\r\n', /Rename to ETCD_NAME/), '# node\r\nETCD_NAME="pg1"\r\n');
	});
	it('renames a name with a blank', () => {
		expectProblems(id, '⟦ETCD NAME⟧=pg1\n');
		assert.equal(applyFix(id, 'ETCD NAME = pg1\n', /Rename to ETCD_NAME/), 'ETCD_NAME = pg1\n');
	});
	it('renames a flag written as a variable', () => {
		assert.equal(applyFix(id, '--data-dir=/var/lib/etcd\n', /Rename to ETCD_DATA_DIR/), 'ETCD_DATA_DIR=/var/lib/etcd\n');
	});
	it('marks lower-case etcd_ names, which etcd never reads', () => {
		const [problem] = expectProblems(id, '⟦etcd_name⟧=pg1\n');
		assert.match(problem.message, /only variables starting with upper-case ETCD_, so etcd_name is ignored/);
		assert.equal(applyFix(id, 'etcd_name=pg1\n', /Rename to ETCD_NAME/), 'ETCD_NAME=pg1\n');
	});
	it('marks a lower-case daemon_args', () => {
		const [problem] = expectProblems(id, '⟦daemon_args⟧="--log-level debug"\n');
		assert.match(problem.message, /DAEMON_ARGS/);
	});
	it('offers no rename when nothing fits', () => {
		const [problem] = expectProblems(id, '⟦1ETCD⟧=x\n');
		assert.equal(problem.fixes, undefined);
		assert.match(problem.message, /rename it/);
	});
	it('leaves ETCD_name to the key rules, and other variables alone', () => {
		expectProblems(id, 'ETCD_name=x\nhttp_proxy=http://proxy:3128\nGOMAXPROCS=2\n');
	});
	it('also marks the name after export', () => {
		expectProblems(id, 'export ⟦ETCD-NAME⟧=x\n');
	});
	it('leaves template lines alone', () => {
		expectProblems(id, '{% set peers = groups["etcd"] %}\n{{ prefix }}_NAME=x\n');
	});
	it('offers the rename as preferred but not safe (the line starts to count)', () => {
		const fix = check(id, 'ETCD-NAME=x\n').problems[0].fixes?.[0];
		assert.equal(fix?.preferred, true);
		assert.notEqual(fix?.safe, true);
	});
	it('leaves line 1 to the byte-order mark finding, which systemd reads as part of that key', () => {
		expectProblems(id, '\uFEFF# ETCD_NAME=x\nETCD_DATA_DIR=/d\n');
	});
});
