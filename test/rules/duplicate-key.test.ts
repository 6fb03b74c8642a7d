import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'duplicate-key';

describe('duplicate-key', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks the earlier line, names the later one and its value', () => {
		const [problem] = expectProblems(id, '⟦ETCD_NAME="pg1"⟧\nETCD_DATA_DIR=/x\nETCD_NAME="pg2"\n');
		assert.equal(problem.message, 'ETCD_NAME is set again on line 3, and that later value \'pg2\' is the one etcd gets: this one has no effect.');
		assert.equal(problem.unnecessary, true);
		const { text } = check(id, 'ETCD_NAME="pg1"\nETCD_DATA_DIR=/x\nETCD_NAME="pg2"\n');
		const related = problem.related?.[0].span;
		assert.equal(related && text.slice(related.start, related.end), 'ETCD_NAME="pg2"');
	});
	it('marks every earlier line when there are three', () => {
		expectProblems(id, '⟦ETCD_NAME=a⟧\n⟦ETCD_NAME=b⟧\nETCD_NAME=c\n');
	});
	it('removes the earlier line; not safe when the values differ', () => {
		const source = '# a\nETCD_NAME="pg1"\nETCD_NAME="pg2"\n';
		assert.equal(applyFix(id, source, /Remove this line \(ETCD_NAME stays 'pg2'\)/), '# a\nETCD_NAME="pg2"\n');
		assert.notEqual(check(id, source).problems[0].fixes?.[0].safe, true);
	});
	it('removes a repeated identical line safely, keeping CRLF', () => {
		const source = 'ETCD_NAME=pg1\r\nETCD_NAME="pg1"\r\n';
		const [problem] = expectProblems(id, '⟦ETCD_NAME=pg1⟧\r\nETCD_NAME="pg1"\r\n');
		assert.match(problem.message, /same value again on line 2/);
		assert.equal(problem.fixes?.[0].safe, true);
		assert.equal(applyFix(id, source, /Remove this line/), 'ETCD_NAME="pg1"\r\n');
	});
	it('marks a flag given twice in DAEMON_ARGS and removes the earlier one', () => {
		const source = 'DAEMON_ARGS="--name pg1 --log-level debug -name=pg2"\n';
		expectProblems(id, 'DAEMON_ARGS="⟦--name pg1⟧ --log-level debug -name=pg2"\n');
		assert.equal(applyFix(id, source, /Remove this --name/), 'DAEMON_ARGS="--log-level debug -name=pg2"\n');
	});
	it('removes a repeated identical boolean flag safely', () => {
		const problems = expectProblems(id, 'DAEMON_ARGS="⟦--enable-pprof⟧ --enable-pprof=true"\n');
		assert.equal(problems[0].fixes?.[0].safe, true);
	});
	it('does not count feature gates, which etcd merges', () => {
		expectProblems(id, 'DAEMON_ARGS="--feature-gates=InitialCorruptCheck=true --feature-gates=CompactHashCheck=true"\n', { version: '3.6' });
	});
	it('does not mix a variable with a flag, or export lines systemd drops', () => {
		expectProblems(id, 'ETCD_LOG_LEVEL=info\nDAEMON_ARGS="--log-level debug"\nexport ETCD_NAME=a\nETCD_NAME=b\n');
	});
	it('counts DAEMON_ARGS itself', () => {
		expectProblems(id, '⟦DAEMON_ARGS=""⟧\nDAEMON_ARGS="--log-level debug"\n');
	});
	it('leaves alternatives in template branches alone', () => {
		expectProblems(id, '{% if tls %}\nETCD_LISTEN_CLIENT_URLS=https://0.0.0.0:2379\n{% else %}\nETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379\n{% endif %}\n');
	});
});
