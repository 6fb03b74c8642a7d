import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitWords } from '../../server/src/engine/parsers/daemonArgs';
import { parseEnvFile, printEnvFile, type AssignmentNode, type CommentNode } from '../../server/src/engine/parsers/envFile';
import type { ShellDifferenceKind } from '../../server/src/engine/parsers/shellDifferences';

function assignments(text: string): AssignmentNode[] {
	return parseEnvFile(text).nodes.filter((n): n is AssignmentNode => n.kind === 'assignment');
}

/** What systemd hands to the service: the valid names, later lines winning. */
function systemdEnvironment(text: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const node of assignments(text)) if (node.validName) env[node.name] = node.value;
	return env;
}

function differenceKinds(text: string): ShellDifferenceKind[] {
	return parseEnvFile(text).shellDifferences.map(d => d.kind);
}

describe('env file parser: values as systemd reads them', () => {
	const table: [line: string, expected: Record<string, string>][] = [
		['ETCD_NAME=pg3', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME="pg3"', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME=\'pg3\'', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME="pg3" # node 3', { ETCD_NAME: 'pg3# node 3' }],
		['ETCD_NAME=pg3 # node 3', { ETCD_NAME: 'pg3 # node 3' }],
		['ETCD_NAME=pg3;', { ETCD_NAME: 'pg3;' }],
		['export ETCD_NAME=pg3', {}],
		['ETCD_NAME = pg3', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME=pg 3', { ETCD_NAME: 'pg 3' }],
		['ETCD_NAME="pg 3"', { ETCD_NAME: 'pg 3' }],
		['ETCD_NAME="a"\'b\'c', { ETCD_NAME: 'abc' }],
		['ETCD_DATA_DIR=$HOME/etcd', { ETCD_DATA_DIR: '$HOME/etcd' }],
		['ETCD_NAME=$(hostname)', { ETCD_NAME: '$(hostname)' }],
		['ETCD_NAME="pg\\3\\$x"', { ETCD_NAME: 'pg\\3$x' }],
		['ETCD_NAME=pg\\3', { ETCD_NAME: 'pg3' }],
		['A="x,\\\ny"', { A: 'x,y' }],
		['A=x,\\\ny', { A: 'x,y' }],
		['ETCD_NAME="pg3"\r\n', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME="pg3\nETCD_DATA_DIR=/x\n', { ETCD_NAME: 'pg3\nETCD_DATA_DIR=/x\n' }],
		['; comment', {}],
		// systemd 252 (Debian 12) lets the backslash escape the line end: the next line is comment too.
		['# note \\\nETCD_NAME=pg3', {}],
		['ETCD-NAME=pg3', {}],
		['ETCD_NAME=', { ETCD_NAME: '' }],
		['ETCD_NAME=a\nETCD_NAME=b', { ETCD_NAME: 'b' }],
		['  ETCD_NAME=pg3   \t', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME="pg3"   ', { ETCD_NAME: 'pg3' }],
		['ETCD_NAME=a"b"', { ETCD_NAME: 'a"b"' }],
		['ETCD_NAME=\\"x\\"', { ETCD_NAME: '"x"' }],
		['NOEQUALS\nETCD_NAME=x', { ETCD_NAME: 'x' }],
		['A=1\rB=2\r', { A: '1', B: '2' }],
		['A="q\\\r\n"', { A: 'q\\\r\n' }],
		['A=x,\\\r\ny', { A: 'x,' }],
	];
	for (const [line, expected] of table) {
		it(JSON.stringify(line), () => assert.deepEqual(systemdEnvironment(line), expected));
	}
});

describe('env file parser: structure', () => {
	it('records key, equals and value spans of an assignment', () => {
		const text = 'ETCD_NAME="pg3"\n';
		const [node] = assignments(text);
		assert.equal(text.slice(node.nameSpan.start, node.nameSpan.end), 'ETCD_NAME');
		assert.equal(text[node.equalsOffset], '=');
		assert.equal(text.slice(node.valueSpan.start, node.valueSpan.end), '"pg3"');
		assert.deepEqual(node.valueOffsets, [11, 12, 13, 15]);
	});

	it('maps every decoded character back to its source offset', () => {
		const text = 'A="x\\"y"\'z\'w\n';
		const [node] = assignments(text);
		assert.equal(node.value, 'x"yzw');
		assert.deepEqual(node.value.split('').map((c, i) => text[node.valueOffsets[i]] === c), [true, true, true, true, true]);
	});

	it('keeps comments, blanks and invalid lines as nodes of their own', () => {
		const kinds = parseEnvFile('# c\n\nETCD_NAME=x\nbroken\n').nodes.map(n => n.kind);
		assert.deepEqual(kinds, ['comment', 'blank', 'assignment', 'invalid']);
	});

	it('keeps a byte-order mark apart from the first key, which systemd then drops', () => {
		const file = parseEnvFile('\uFEFFETCD_NAME=x\nETCD_DATA_DIR=/d\n');
		assert.equal(file.hasBom, true);
		assert.equal((file.nodes[0] as AssignmentNode).name, 'ETCD_NAME');
		assert.equal((file.nodes[0] as AssignmentNode).validName, false);
		assert.deepEqual(systemdEnvironment('\uFEFFETCD_NAME=x\nETCD_DATA_DIR=/d\n'), { ETCD_DATA_DIR: '/d' });
		assert.equal(printEnvFile(file), '\uFEFFETCD_NAME=x\nETCD_DATA_DIR=/d\n');
	});

	it('keeps the trailing blanks of a bare value in its statement', () => {
		const nodes = parseEnvFile('ETCD_NAME=pg1  \nETCD_DATA_DIR=/d\n').nodes;
		assert.deepEqual(nodes.map(n => [n.kind, n.span]), [['assignment', { start: 0, end: 16 }], ['assignment', { start: 16, end: 33 }]]);
	});

	it('treats CRLF as one line end', () => {
		const nodes = parseEnvFile('A=1\r\nB=2\r\n').nodes;
		assert.deepEqual(nodes.map(n => n.kind), ['assignment', 'assignment']);
	});
});

describe('env file parser: where a shell reads the file differently', () => {
	const cases: [text: string, kinds: ShellDifferenceKind[]][] = [
		['ETCD_NAME="pg3"', []],
		['ETCD_NAME=pg3', []],
		['ETCD_NAME="pg3" # node 3', ['inline-comment']],
		['ETCD_NAME=pg3 # node 3', ['inline-comment']],
		['ETCD_NAME=a#b', []],
		['ETCD_NAME=pg3;', ['semicolon']],
		['export ETCD_NAME=pg3', ['export']],
		['ETCD_NAME = pg3', ['blank-around-equals', 'blank-around-equals']],
		['ETCD_NAME=pg 3', ['unquoted-blank']],
		['ETCD_DATA_DIR=$HOME/etcd', ['expansion']],
		['ETCD_NAME="$(hostname)"', ['expansion']],
		['ETCD_NAME=\'$(hostname)\'', []],
		['ETCD_NAME="\\$x"', []],
		['A=x,\\\ny', ['continuation']],
		['ETCD_NAME="pg3', ['unterminated-quote']],
		['; comment', ['semicolon-comment']],
		['# note \\', ['comment-continuation']],
		['ETCD-NAME=pg3', ['invalid-name']],
		['hostname', ['no-equals']],
		['A=1\r\n', ['crlf']],
		['\uFEFFA=1', ['bom']],
		['ETCD_NAME="a" "b"', ['unquoted-blank']],
	];
	for (const [text, kinds] of cases) {
		it(JSON.stringify(text), () => assert.deepEqual(differenceKinds(text), kinds));
	}
});

/*
 * Each case below is a file on which our parser and systemd 252's own reader (test/differential/systemd.test.ts)
 * once disagreed; the expectation is what systemd did.
 */
describe('env file parser: where it once disagreed with systemd 252', () => {
	const table: [text: string, expected: Record<string, string>][] = [
		['# a \\\r\nB=2\n', { B: '2' }],
		['# a \\\rB=2\rC=3\n', { C: '3' }],
		['# a \\\\\nB=2\n', { B: '2' }],
		['# a \\\n# b \\\nB=2\nC=3\n', { C: '3' }],
		['; a \\\nB=2\nC=3\n', { C: '3' }],
		['# a \\', {}],
		['\uFEFF# a \\\nB=2\n', { B: '2' }],
		['==1\nB=2\n', { B: '2' }],
		['=x\nB=2\n', { B: '2' }],
	];
	for (const [text, expected] of table) {
		it(JSON.stringify(text), () => assert.deepEqual(systemdEnvironment(text), expected));
	}

	it('keeps the swallowed lines in the comment, and prints the file back', () => {
		const text = '# a \\\nETCD_NAME=pg1\nETCD_DATA_DIR=/d\n';
		const file = parseEnvFile(text);
		const comment = file.nodes[0] as CommentNode;
		assert.deepEqual([comment.kind, comment.text, comment.span, comment.swallowed], ['comment', ' a \\', { start: 0, end: 20 }, { start: 6, end: 20 }]);
		assert.equal(printEnvFile(file), text);
	});

	it('reads the line after a byte-order mark as a key, blanks and all', () => {
		for (const [text, key] of [['\uFEFF#x=1\n', '\uFEFF#x'], ['\uFEFF  A =1\n', '\uFEFF  A'], ['\uFEFF=1\n', '\uFEFF']]) {
			const [node] = assignments(text);
			assert.deepEqual([node.key, node.validName], [key, false], JSON.stringify(text));
		}
		assert.deepEqual(parseEnvFile('\uFEFF# etcd\n').nodes.map(n => n.kind), ['comment']);
	});

	it('takes a key\'s first character as part of the key even when it is =', () => {
		const [node] = assignments('==1\n');
		assert.deepEqual([node.key, node.value, node.validName], ['=', '1', false]);
	});

	it('says systemd cannot load a file with a NUL byte, or a key or value that is not UTF-8 to it', () => {
		const cause = (text: string) => parseEnvFile(text).unreadable?.cause;
		assert.equal(cause('A=1\n# \0\n'), 'nul');
		for (const text of ['A=\uFFFD\n', 'A\uFFFE=1\n', 'A="x\uFDD0', 'A=\u{1FFFF}\n', 'A=\uD800\n', 'export A=\uFFFF\n', 'A.B=\uFFFD\n']) {
			assert.equal(cause(text), 'utf8', JSON.stringify(text));
		}
		for (const text of ['# \uFFFD\nA=1\n', '\uFFFD\nA=1\n', 'A=\uFDF0\u{1F600}\u{10FFFD}\n', '# a \\\nA=\uFFFD\n']) {
			assert.equal(cause(text), undefined, JSON.stringify(text));
		}
		assert.deepEqual(parseEnvFile('A=1\nB=x\uFFFEy\n').unreadable, { cause: 'utf8', span: { start: 7, end: 8 }, key: 'B' });
	});
});

describe('DAEMON_ARGS words as systemd 252 splits them', () => {
	const table: [value: string, words: string[]][] = [
		['--name pg1  --x', ['--name', 'pg1', '--x']],
		['a\u00a0b\vc\fd', ['a\u00a0b\vc\fd']],
		['--name \'a\\\'b\'', ['--name', 'a\'b']],
		['a\\', ['a']],
		['"a\\', ['a']],
		['a \'\' b', ['a', '', 'b']],
		['a \'b c', ['a', 'b c']],
		['a\\ b', ['a b']],
		['\t a\r\nb ', ['a', 'b']],
	];
	for (const [value, words] of table) {
		it(JSON.stringify(value), () => assert.deepEqual(splitWords(value).map(word => word.text), words));
	}
});
