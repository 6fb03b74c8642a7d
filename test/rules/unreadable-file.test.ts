import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'unreadable-file';

// What systemd 252 does with each of these was checked with its own reader (test/differential/systemd.test.ts).
describe('unreadable-file', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks the first NUL byte, says the whole file is skipped, and removes every NUL', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n# a ⟦\0⟧\nETCD_DATA_DIR=/d\0\n');
		assert.match(problem.message, /^Line 2 holds a NUL byte.*skips the whole file without a word, so etcd gets none of its settings/);
		assert.equal(applyFix(id, 'ETCD_NAME=pg1\n# a \0\nETCD_DATA_DIR=/d\0\n', /Remove the NUL bytes/), 'ETCD_NAME=pg1\n# a \nETCD_DATA_DIR=/d\n');
	});
	it('names the variable whose value is not UTF-8, without a fix for bytes only the author can replace', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\nETCD_DATA_DIR=/var/lib/caf⟦\uFFFD⟧\n');
		assert.match(problem.message, /^Line 2 \(ETCD_DATA_DIR\) holds bytes that are not valid UTF-8.*Save the file as UTF-8\.$/);
		assert.equal(problem.fixes, undefined);
	});
	it('removes a noncharacter, in a key too', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME⟦\uFFFE⟧=pg1\n');
		assert.match(problem.message, /noncharacter/);
		assert.equal(applyFix(id, 'ETCD_NAME=p\uFDD0g1\n', /Remove the character/), 'ETCD_NAME=pg1\n');
	});
	it('leaves comments and lines without = alone, whatever they hold', () => {
		expectProblems(id, '# caf\uFFFD \uFFFE\nhostname \uFFFD\nETCD_NAME=pg1\n');
	});
	it('is an error when the file describes several members, which then never form their cluster', () => {
		const single = check(id, 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380\nETCD_DATA_DIR=/d\uFFFD\n').problems[0];
		const cluster = check(id, 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380\nETCD_DATA_DIR=/d\uFFFD\n').problems[0];
		assert.deepEqual([single.severity, cluster.severity], ['warning', 'error']);
	});
});
