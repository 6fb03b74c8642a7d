import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'shell-difference';

describe('shell-difference', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}

	describe('inline comments', () => {
		it('marks a comment after a quoted value, which systemd glues to the value', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME="pg3" ⟦# node 3⟧\n');
			assert.match(problem.message, /ETCD_NAME is 'pg3# node 3'/);
		});
		it('marks a comment after a bare value', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME=pg3   ⟦# node 3⟧\n');
			assert.match(problem.message, /ETCD_NAME is 'pg3   # node 3'/);
		});
		it('does not take a # inside a word for a comment', () => {
			expectProblems(id, 'ETCD_NAME=pg3#x\nETCD_DATA_DIR="/x"#y\nETCD_WAL_DIR="/a # b"\n');
		});
		it('moves the comment above a bare value and says the value changes', () => {
			const source = '# members\nETCD_NAME=pg3 # node 3\nETCD_DATA_DIR=/var/lib/etcd\n';
			assert.equal(applyFix(id, source, /becomes 'pg3'/), '# members\n# node 3\nETCD_NAME=pg3\nETCD_DATA_DIR=/var/lib/etcd\n');
		});
		it('moves the comment with the line\'s indent and line end, dropping the trailing blanks', () => {
			const source = 'A=1\r\n  ETCD_NAME="pg3"   # node 3  \r\nB=2\r\n';
			assert.equal(applyFix(id, source, /Move the comment/), 'A=1\r\n  # node 3\r\n  ETCD_NAME="pg3"\r\nB=2\r\n');
		});
		it('still sees a comment after a template expression', () => {
			expectProblems(id, 'ETCD_NAME={{ inventory_hostname }} ⟦# set by Ansible⟧\n');
		});
	});

	describe('export', () => {
		it('marks export, which makes systemd drop the line', () => {
			const [problem] = expectProblems(id, '⟦export⟧ ETCD_NAME=pg3\n');
			assert.equal(problem.unnecessary, true);
			assert.match(problem.message, /'export ETCD_NAME'/);
		});
		it('removes export and keeps the rest', () => {
			assert.equal(applyFix(id, '# node\nexport  ETCD_NAME="pg3"\n', /Remove 'export'/), '# node\nETCD_NAME="pg3"\n');
		});
	});

	describe('blanks around =', () => {
		it('marks blanks on both sides as one problem', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME⟦ = ⟧pg3\n');
			assert.match(problem.message, /runs ETCD_NAME as a command/);
		});
		it('marks blanks after = alone', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME⟦=  ⟧"pg3"\n');
			assert.match(problem.message, /sets ETCD_NAME to 'pg3'/);
		});
		it('says nothing about an empty value followed by blanks', () => {
			expectProblems(id, 'ETCD_WAL_DIR=   \n');
		});
		it('removes the blanks, safely', () => {
			const { problems } = check(id, 'ETCD_NAME = "pg3"\n');
			assert.equal(problems[0].fixes?.[0].safe, true);
			assert.equal(applyFix(id, 'ETCD_NAME = "pg3"\r\nB=1\r\n', /Remove the blanks/), 'ETCD_NAME="pg3"\r\nB=1\r\n');
		});
	});

	describe('semicolons', () => {
		it('marks a trailing ; and removes it', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME=pg3⟦;⟧\n');
			assert.match(problem.message, /ETCD_NAME is 'pg3;'/);
			assert.equal(applyFix(id, 'ETCD_NAME=pg3;\n', /Remove the ';' \(ETCD_NAME becomes 'pg3'\)/), 'ETCD_NAME=pg3\n');
		});
		it('quotes a value with a ; inside, safely', () => {
			expectProblems(id, 'ETCD_INITIAL_CLUSTER_TOKEN=a⟦;⟧b\n');
			const { problems } = check(id, 'ETCD_INITIAL_CLUSTER_TOKEN=a;b\n');
			assert.equal(problems[0].fixes?.[0].safe, true);
			assert.equal(applyFix(id, 'ETCD_INITIAL_CLUSTER_TOKEN=a;b\n', /Quote the value/), 'ETCD_INITIAL_CLUSTER_TOKEN="a;b"\n');
		});
		it('leaves a quoted ; alone', () => {
			expectProblems(id, 'ETCD_INITIAL_CLUSTER_TOKEN="a;b"\n');
		});
	});

	describe('unquoted blanks', () => {
		it('marks the first blank only, once per line', () => {
			expectProblems(id, 'DAEMON_ARGS=--log-level⟦ ⟧debug --initial-cluster-token x\n');
		});
		it('names the value systemd reads, blanks between quoted pieces included', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME="pg"⟦ ⟧"3"\n');
			assert.match(problem.message, /sets ETCD_NAME to 'pg3'/);
		});
		it('quotes the value, safely', () => {
			assert.equal(applyFix(id, '# args\nDAEMON_ARGS=--log-level debug\n', /Quote the value/), '# args\nDAEMON_ARGS="--log-level debug"\n');
			assert.equal(check(id, 'DAEMON_ARGS=--log-level debug\n').problems[0].fixes?.[0].safe, true);
		});
		it('does not quote a value that ends in a comment', () => {
			const problems = expectProblems(id, 'ETCD_NAME=pg⟦ ⟧3 ⟦# c⟧\n');
			assert.equal(problems.find(p => p.message.includes('this blank'))?.fixes, undefined);
		});
		it('leaves an escaped blank alone', () => {
			expectProblems(id, 'ETCD_NAME=pg\\ 3\n');
		});
		it('ignores blanks inside a template expression', () => {
			expectProblems(id, 'ETCD_NAME={{ inventory_hostname }}\nETCD_DATA_DIR={{ etcd_data_dir | default("/var/lib/etcd") }}\n');
		});
	});

	describe('expansions', () => {
		it('marks variables, command substitutions and backticks', () => {
			expectProblems(id, 'ETCD_DATA_DIR=⟦$HOME⟧/etcd\nETCD_NAME=⟦$(hostname)⟧\nETCD_WAL_DIR="/x/⟦`id -u`⟧"\n');
		});
		it('says what each launcher does', () => {
			const problems = check(id, 'ETCD_DATA_DIR="$HOME/etcd"\nETCD_NAME=$(hostname)\n').problems;
			assert.match(problems[0].message, /systemd hands '\$HOME' to etcd literally, while a shell puts the variable's value there/);
			assert.match(problems[1].message, /runs the command/);
		});
		it('leaves single quotes and escaped dollars alone, and marks ${VAR}, which systemd does not expand either', () => {
			expectProblems(id, 'ETCD_DATA_DIR=\'$HOME/etcd\'\nETCD_WAL_DIR="\\$HOME"\nETCD_NAME=⟦${HOSTNAME}⟧\nETCD_INITIAL_CLUSTER_TOKEN="⟦${TOKEN}⟧"\n');
		});
		it('leaves what a template renders alone: ${VAR} in a .tmpl or a file that says it is a template', () => {
			expectProblems(id, 'ETCD_NAME=${HOSTNAME}\nETCD_INITIAL_CLUSTER_TOKEN="${TOKEN}"\n', { file: 'etcd.env.tmpl' });
			expectProblems(id, '# etcd-config: template\nETCD_NAME=${HOSTNAME}\nETCD_DATA_DIR=$DATA\n');
		});
		it('escapes the dollar so that both launchers read it literally', () => {
			const source = 'ETCD_INITIAL_CLUSTER_TOKEN=ab$cd\n';
			assert.equal(applyFix(id, source, /Escape it/), 'ETCD_INITIAL_CLUSTER_TOKEN=ab\\$cd\n');
			assert.notEqual(check(id, source).problems[0].fixes?.[0].safe, true);
		});
	});

	describe('; comments', () => {
		it('marks a ; comment and turns it into a # comment, safely', () => {
			expectProblems(id, 'ETCD_NAME=pg3\n  ⟦; old comment⟧\n');
			assert.equal(applyFix(id, 'A=1\r\n  ; old comment\r\nB=2\r\n', /Start the comment with '#'/), 'A=1\r\n  # old comment\r\nB=2\r\n');
		});
	});

	describe('comments ending in a backslash', () => {
		it('marks the backslash when the next line is an assignment', () => {
			const [problem] = expectProblems(id, '# note ⟦\\⟧\nETCD_NAME=pg3\n');
			assert.match(problem.message, /before 254.*never sets ETCD_NAME/);
		});
		it('stays quiet when nothing is lost or the backslash is escaped', () => {
			expectProblems(id, '# note \\\n# another\n# path C:\\\\\nETCD_NAME=pg3\n# last \\\n');
		});
		it('stays quiet when the backslash escapes a CR (CRLF files)', () => {
			expectProblems(id, '# note \\⟦\r⟧\nETCD_NAME=pg3\r\n');
		});
		it('reports the backslash of a ; comment as well', () => {
			expectProblems(id, '⟦; note ⟦\\⟧⟧\nETCD_NAME=pg3\n');
		});
		it('removes the backslash', () => {
			assert.equal(applyFix(id, '# note \\\nETCD_NAME=pg3\n', /Remove the backslash/), '# note \nETCD_NAME=pg3\n');
		});
		it('names every line a chain of such comments swallows, and removes every backslash of the chain', () => {
			const [problem] = expectProblems(id, '# note ⟦\\⟧\n# more \\\nETCD_NAME=pg3\nETCD_DATA_DIR=/d\n');
			assert.match(problem.message, /it skips lines 2–3 and never sets ETCD_NAME,/);
			assert.equal(applyFix(id, '# note \\\n# more \\\nETCD_NAME=pg3\n', /Remove the backslash/), '# note \n# more \nETCD_NAME=pg3\n');
		});
		it('counts a lone CR after the backslash as a line end, as systemd does', () => {
			const problems = expectProblems(id, '# note ⟦\\⟧⟦\r⟧ETCD_NAME=pg3\r');
			assert.ok(problems.some(problem => /skips line 2 and never sets ETCD_NAME/.test(problem.message)));
		});
	});

	describe('line ends and byte-order mark', () => {
		it('reports CRLF once per file', () => {
			const [problem] = expectProblems(id, '# x⟦\r⟧\nETCD_NAME=pg3\r\nETCD_DATA_DIR=/x\r\n');
			assert.match(problem.message, /carriage return/);
		});
		it('says a shell reads a file of lone CRs as one line', () => {
			const [problem] = expectProblems(id, 'ETCD_NAME=pg3⟦\r⟧ETCD_DATA_DIR=/x\r');
			assert.match(problem.message, /lone carriage return.*reads the whole file as one line/);
		});
		// systemd 252 checked: 'A=x,\\\r\ny' sets A to 'x,' and drops 'y'; in quotes A is 'x,\\\r\ny'.
		it('says a backslash before CRLF does not join the lines, and why', () => {
			const problems = expectProblems(id, 'ETCD_INITIAL_CLUSTER=a=http://a:2380,⟦\\⟦\r⟧⟧\nb=http://b:2380\r\n');
			assert.match(problems[1].message, /takes the carriage return for the escaped character and ends the value of ETCD_INITIAL_CLUSTER at the line break \(ETCD_INITIAL_CLUSTER is 'a=http:\/\/a:2380,'\), so line 2 is not joined/);
			assert.equal(applyFix(id, 'A=x,\\\r\ny\r\n', /Remove the carriage return/), 'A=x,\\\ny\r\n');
		});
		it('says so inside double quotes, where systemd keeps the backslash and the line end', () => {
			const problems = expectProblems(id, 'A="x,⟦\\⟦\r⟧⟧\ny"\r\n');
			assert.match(problems[1].message, /inside quotes: systemd keeps the backslash, the carriage return and the line break in A/);
		});
		it('says the first assignment is lost after a byte-order mark; removing it is not safe then', () => {
			const [problem] = expectProblems(id, '⟦\uFEFF⟧ETCD_NAME=pg1\nETCD_DATA_DIR=/x\n');
			assert.match(problem.message, /part of the name ETCD_NAME, so line 1 sets nothing/);
			assert.notEqual(problem.fixes?.[0].safe, true);
			assert.equal(applyFix(id, '\uFEFFETCD_NAME=pg1\n', /byte-order mark/), 'ETCD_NAME=pg1\n');
		});
		it('offers to remove a byte-order mark before a comment, but not in fix-all (which keeps it, as it keeps line ends)', () => {
			const [problem] = expectProblems(id, '⟦\uFEFF⟧# etcd\nETCD_NAME=pg1\n');
			assert.equal(problem.fixes?.[0].title, 'Remove the byte-order mark');
			assert.notEqual(problem.fixes?.[0].safe, true);
		});
	});

	describe('what other rules own, or both launchers agree on', () => {
		it('leaves lines without =, bad names and open quotes to their rules', () => {
			expectProblems(id, 'hostname\nETCD-NAME=a b\nETCD NAME=x\nETCD_INITIAL_CLUSTER_TOKEN="abc\nETCD_DATA_DIR=$HOME # lost\n');
		});
		it('does not report continued lines', () => {
			expectProblems(id, 'ETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,\\\nb=http://127.0.0.2:2380"\nETCD_LISTEN_PEER_URLS=http://127.0.0.1:2380,\\\nhttp://127.0.0.2:2380\n');
		});
		it('ignores Jinja statements', () => {
			expectProblems(id, '{% set peers = groups["etcd"] %}\n{% if etcd_tls %}\nETCD_CERT_FILE="/etc/etcd/server.crt"\n{% endif %}\n');
		});
	});
});
