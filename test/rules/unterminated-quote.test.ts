import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'unterminated-quote';

describe('unterminated-quote', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks the open quote up to the line end and says the rest of the file is swallowed', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=⟦"pg3⟧\nETCD_DATA_DIR=/x\n');
		assert.match(problem.message, /double quote is never closed: systemd reads the rest of the file into ETCD_NAME/);
	});
	it('says so when the open quote is on the last line', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg3\nETCD_INITIAL_CLUSTER_TOKEN=⟦\'tok⟧\n');
		assert.match(problem.message, /single quote.*up to the end of the file, line end included/);
	});
	it('closes the quote after the last non-blank, safely', () => {
		const source = 'ETCD_NAME="pg3   \nETCD_DATA_DIR=/x\n';
		assert.equal(applyFix(id, source, /Close the quote/), 'ETCD_NAME="pg3"   \nETCD_DATA_DIR=/x\n');
		assert.equal(check(id, source).problems[0].fixes?.[0].safe, true);
	});
	it('keeps CRLF line ends', () => {
		assert.equal(applyFix(id, 'ETCD_NAME=\'pg3\r\nETCD_DATA_DIR=/x\r\n', /Close the quote/), 'ETCD_NAME=\'pg3\'\r\nETCD_DATA_DIR=/x\r\n');
	});
	it('closes a continued double-quoted value at the end of its last line', () => {
		const source = 'ETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,\\\nb=http://127.0.0.2:2380\nETCD_NAME=a\n';
		assert.equal(applyFix(id, source, /Close the quote/), 'ETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,\\\nb=http://127.0.0.2:2380"\nETCD_NAME=a\n');
	});
	it('is not safe when a comment may have been meant after the closing quote', () => {
		const source = 'ETCD_NAME="pg3 # node 3\nETCD_DATA_DIR=/x\n';
		assert.notEqual(check(id, source).problems[0].fixes?.[0].safe, true);
	});
	it('leaves closed quotes alone, also across lines', () => {
		expectProblems(id, 'ETCD_NAME="pg3"\nETCD_INITIAL_CLUSTER=\'a=http://127.0.0.1:2380,\nb=http://127.0.0.2:2380\'\nETCD_WAL_DIR="a\\"b"\n');
	});
});
