import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fixtures';

/** A text nobody should open as an etcd config, and what the server must make of it. */
export interface PathologicalCase {
	readonly name: string;
	readonly text: string;
	/** `limit`: one information diagnostic that the file is not analysed; `analysed`: ordinary diagnostics. */
	readonly expect: 'limit' | 'analysed';
}

export const exampleText = readFileSync(join(repoRoot, 'examples', 'pg-cluster', 'pg3', 'etcd'), 'utf8');

/** Bytes that are not UTF-8 (a lone continuation byte, an overlong NUL, a truncated sequence), decoded as an editor does. */
const invalidUtf8 = Buffer.from([0x45, 0x54, 0x43, 0x44, 0x5f, 0x4e, 0x41, 0x4d, 0x45, 0x3d, 0x80, 0xc0, 0x80, 0xe2, 0x82, 0x0a, 0xff, 0xfe, 0x3d, 0xed, 0xa0, 0x80, 0x0a]).toString('utf8');

const withEndings = (eol: string) => exampleText.replace(/\n/g, eol);

export const pathologicalCases: readonly PathologicalCase[] = [
	{ name: 'a 10 MB file', text: 'ETCD_NAME="pg1"\n' + '# filler line for the size test, a comment\n'.repeat(250_000), expect: 'limit' },
	{ name: 'a 1 MB single line (one quoted value)', text: 'ETCD_NAME="' + 'a'.repeat(1_000_000) + '"\n', expect: 'analysed' },
	{ name: 'a 1 MB single line of cluster members', text: 'ETCD_INITIAL_CLUSTER=' + 'pg1=http://10.0.0.1:2380,'.repeat(40_000) + '\n', expect: 'limit' },
	{ name: 'a cluster list of 4,000 members', text: 'ETCD_INITIAL_CLUSTER=' + Array.from({ length: 4000 }, (_, i) => `m${i}=http://10.0.${i >> 8}.${i & 255}:2380`).join(',') + '\n', expect: 'analysed' },
	{ name: 'DAEMON_ARGS with 4,000 flags', text: 'DAEMON_ARGS="' + '--name pg1 '.repeat(4000) + '"\n', expect: 'analysed' },
	{ name: '100,000 keys', text: Array.from({ length: 100_000 }, (_, i) => `ETCD_K${i}=${i}`).join('\n'), expect: 'limit' },
	{ name: '100 KB of binary bytes', text: Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''), expect: 'analysed' },
	{ name: 'invalid UTF-8 and lone surrogates', text: invalidUtf8 + '\uD800ETCD_DATA_DIR=/x\uDFFF\n' + exampleText, expect: 'analysed' },
	{ name: 'NUL bytes', text: 'ETCD_NAME="a\0b"\n\0\0\0ETCD\0_DATA_DIR=/x\n'.repeat(1000), expect: 'analysed' },
	{ name: 'a value of 200,000 lines in an open quote', text: 'ETCD_NAME="' + 'x\n'.repeat(200_000), expect: 'analysed' },
	{ name: 'half a million blanks inside a line', text: 'ETCD_NAME' + ' '.repeat(500_000) + 'x\n', expect: 'analysed' },
	{ name: 'half a million backslashes', text: 'ETCD_NAME=' + '\\'.repeat(500_000) + 'x\n', expect: 'analysed' },
	{ name: 'a run of unclosed template openers', text: 'ETCD_NAME=' + '{{${{%'.repeat(2_000) + '\n', expect: 'analysed' },
	{ name: 'LF line endings', text: exampleText, expect: 'analysed' },
	{ name: 'CRLF line endings', text: withEndings('\r\n'), expect: 'analysed' },
	{ name: 'CR line endings', text: withEndings('\r'), expect: 'analysed' },
	{ name: 'mixed line endings', text: exampleText.split('\n').map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join(''), expect: 'analysed' },
	{ name: 'a byte-order mark', text: '\uFEFF' + exampleText, expect: 'analysed' },
];

/** The cases whose lines are the example's: a hover on line 10 must name ETCD_INITIAL_CLUSTER_STATE. */
export const exampleShaped = new Set(['LF line endings', 'CRLF line endings', 'CR line endings', 'mixed line endings', 'a byte-order mark']);
