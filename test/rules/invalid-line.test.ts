import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'invalid-line';

describe('invalid-line', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('marks a line without =, without its line end', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦hostname⟧\r\n');
		assert.match(problem.message, /not an assignment: systemd ignores it and a shell would run it as a command/);
	});
	it('turns the line into a comment, keeping indent and line ends', () => {
		assert.equal(applyFix(id, 'A=1\r\n  hostname\r\nB=2\r\n', /Turn the line into a comment/), 'A=1\r\n  # hostname\r\nB=2\r\n');
	});
	// systemd 252 checked: the backslash takes the CR, the LF ends A's value, and 'b' is a line of its own.
	it('names a backslash before CRLF on the line above as the cause', () => {
		const [problem] = expectProblems(id, 'A=x,\\\r\n⟦b⟧\r\n');
		assert.match(problem.message, /not joined to the one above: the backslash there stands before a CRLF line end/);
		assert.equal(applyFix(id, 'A=x,\\\r\nb\r\n', /Remove the carriage return/), 'A=x,\\\nb\r\n');
		assert.match(expectProblems(id, 'A=x,\\\\\r\n⟦b⟧\r\n')[0].message, /not an assignment/);
	});
	it('recognises an assignment written without =', () => {
		const [problem] = expectProblems(id, '⟦ETCD_NAME pg1⟧\n');
		assert.match(problem.message, /ETCD_NAME is not set.*Write ETCD_NAME="pg1"/);
		assert.equal(applyFix(id, '# n\nETCD_NAME pg1\n', /Write ETCD_NAME="pg1"/), '# n\nETCD_NAME="pg1"\n');
	});
	it('turns a YAML line or a flag into the variable, keeping given quotes', () => {
		// Debian's defaults file is read by systemd whatever it holds: its name decides the format.
		const debian = { file: 'default/etcd' };
		assert.equal(applyFix(id, 'name: pg1\n', /Write/, debian), 'ETCD_NAME="pg1"\n');
		assert.equal(applyFix(id, '--data-dir /var/lib/etcd\n', /Write/, debian), 'ETCD_DATA_DIR="/var/lib/etcd"\n');
		assert.equal(applyFix(id, 'ETCD_INITIAL_CLUSTER_TOKEN \'tok en\'\n', /Write/, debian), 'ETCD_INITIAL_CLUSTER_TOKEN=\'tok en\'\n');
		assert.equal(applyFix(id, 'ETCD_NAME: pg1   # node 1\n', /Write/, debian), 'ETCD_NAME="pg1"\n');
		// Elsewhere one such line among env lines is a slip; a file of them is YAML, or compose's KEY: value.
		assert.equal(applyFix(id, 'ETCD_DATA_DIR=/d\nname: pg1\n', /Write/), 'ETCD_DATA_DIR=/d\nETCD_NAME="pg1"\n');
		expectProblems(id, 'name: pg1\ndata-dir: /d\n');
		expectProblems(id, 'ETCD_NAME: pg1\nETCD_DATA_DIR: /d\n');
	});
	it('offers only the comment for words that name no option', () => {
		const [problem] = expectProblems(id, '⟦echo hello⟧\n');
		assert.deepEqual(problem.fixes?.map(f => f.title), ['Turn the line into a comment']);
	});
	it('leaves Jinja and Ansible template lines alone', () => {
		expectProblems(id, '{% if etcd_tls %}\nETCD_CERT_FILE=/etc/etcd/server.crt\n{% endif %}\n{{ extra_lines }}\n{# managed by Ansible #}\n  {%- for host in groups["etcd"] %}\n');
	});
	it('leaves comments, blanks and assignments alone', () => {
		expectProblems(id, '# hostname\n; old\n\n   \nETCD_NAME=pg1\nETCD_WAL_DIR=\n');
	});
	it('offers no safe fix: systemd already ignores the line, the real fix is the user\'s', () => {
		assert.ok(check(id, 'ETCD_NAME pg1\n').problems[0].fixes?.every(f => !f.safe));
	});
});
