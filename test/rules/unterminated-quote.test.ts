import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { problemsOf } from '../engineContext';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'unterminated-quote';

describe('unterminated-quote', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks the open quote up to the line end and names the lines and variables it swallows', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=⟦"pg3⟧\nETCD_DATA_DIR=/x\n# note\nETCD_WAL_DIR=/w\n\n');
		assert.equal(problem.message, 'This double quote is never closed: systemd reads lines 2–4, to the end of the file, into ETCD_NAME, '
			+ 'so ETCD_DATA_DIR and ETCD_WAL_DIR are not set, and a shell stops with a syntax error. Close the quote.');
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

	describe('a quote that closes only on a later line (systemd 252 read these as the message says)', () => {
		it('names the quote that closed it, meant to open the next value, and the variable lost', () => {
			const [problem] = expectProblems(id, 'ETCD_INITIAL_CLUSTER_TOKEN=⟦"etcd-cluster-1⟧\nETCD_INITIAL_CLUSTER_STATE="new"\n');
			assert.equal(problem.message, 'This double quote is closed only on line 2: systemd reads line 2 into ETCD_INITIAL_CLUSTER_TOKEN as well, '
				+ 'so ETCD_INITIAL_CLUSTER_STATE is not set. Close the quote on this line.');
			assert.deepEqual(problem.related?.map(r => r.span), [{ start: 70, end: 71 }]);
			assert.equal(applyFix(id, 'A="x\nB="y"\n', /Close the quote/), 'A="x"\nB="y"\n');
			assert.equal(check(id, 'A="x\nB="y"\n').problems[0].fixes?.[0].safe, true);
		});
		it('reports lines it swallows whole, and an etcd variable on the closing line', () => {
			const [problem] = expectProblems(id, 'A=⟦\'x⟧\nB=1\nC=2\nD=3\'\n');
			assert.match(problem.message, /closed only on line 4: systemd reads lines 2–4 into A as well, so B, C and D are not set/);
			expectProblems(id, 'ETCD_NAME=⟦"pg1⟧\nETCD_DATA_DIR=/d"\n');
		});
		it('leaves a value meant to span lines alone', () => {
			expectProblems(id, 'ETCD_INITIAL_CLUSTER=\'a=http://127.0.0.1:2380,\nb=http://127.0.0.2:2380\'\nETCD_NAME="a\\\nb"\n');
		});
		it('is not safe when a quote further down would pair up differently', () => {
			assert.notEqual(check(id, 'ETCD_NAME="pg1\nETCD_DEBUG="true\nETCD_WAL_DIR=/w"\n').problems[0].fixes?.[0].safe, true);
		});
		it('takes the blame: other rules say nothing about the value it swallowed', () => {
			const text = 'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380\nETCD_NAME="pg1"\n';
			const found = problemsOf(parseDocument('file:///p/etcd', text));
			assert.deepEqual(found.filter(f => f.problem.span.start > 20).map(f => f.rule.id), ['unterminated-quote']);
		});
	});
});
