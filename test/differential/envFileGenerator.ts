import fc from 'fast-check';

/*
 * Env files as bytes, biased toward what systemd's reader and ours could take differently: quotes left open over
 * several lines, quotes in the middle of values, backslashes before LF, CRLF, CR and the end of the file, comments
 * ending in a backslash, `export`, blanks around `=`, `;` comments, a byte-order mark, CR-only and mixed line ends,
 * `${VAR}`, `$VAR`, `%H`, empty values, invalid names, non-ASCII text, invalid UTF-8, noncharacters and NUL bytes,
 * and DAEMON_ARGS words with quotes, backslashes and blanks that are no separators to systemd.
 */

/** A piece of a file: text (written as UTF-8) or raw bytes. */
type Piece = string | Uint8Array;

const raw = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

const keys = ['ETCD_NAME', 'ETCD_INITIAL_CLUSTER', 'ETCD_DATA_DIR', 'DAEMON_ARGS', 'A', '_x1', 'PATH', ' ETCD_NAME', '\tA', 'ETCD_NAME '];
const oddKeys = ['export ETCD_NAME', 'export  A', '1BAD', 'ETCD-NAME', 'ETCD NAME', 'ETCD.NAME', 'é', 'ETCD_NAMÉ', '#A', 'A#', ';A', 'A\\', '"A"', '='];
const equals = ['=', '=', '=', ' = ', '= ', ' =', '\t=\t', '=\t '];
const bare = ['pg1', 'http://10.0.0.1:2380', 'pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380', '${HOST_IP}', '$HOST_IP', '%H', 'a b',
	'x # c', '#x', 'x;y', ';', 'a\'b', 'a"b', 'a"b"c', '\\', '\\\\', '\\"', '\\\'', '\\ ', ' ', '  ', '\t', 'é', 'ü€', '\u00a0', '\v', '\f',
	'=', '==', '--name pg1', '--name=pg1 --initial-cluster-state existing', '-x', '--x\\', '--a\\ b', '$', '`id`', '$(id)', '\u2028', '\u0085'];
const quoted = ['"', '\'', '"', '\'', '"x y"', '\'x y\'', '""', '\'\'', '"a\\"b"', '"a\\\\"', '"a\\$b\\`c\\d"', '"a\\', '\'a\\\'', '"--name \'a b\' -x"',
	'"--name \'a\\\'b\'"', '"-a \\"b c\\" d"', '\'--a "b c"\'', '"x', '\'x', '"a # b"', '"\\\n"', '"\\\r\n"', '"\\\r"', '"${X} $Y %H"'];
const lineEnds = ['\n', '\n', '\n', '\r\n', '\r\n', '\r', '\\\n', '\\\r\n', '\\\r', ' \\\n', '\\\\\n', '\n\n', '\r\r\n', '\n\r'];
const comments = ['# c', '#', '# c\\', '#c\\\\', '#c\\\\\\', '; c', ';c\\', '  # indented \\', '# etcd-version: 3.4', '#ETCD_NAME=x', '# a "b'];
const junk = ['', ' ', '\t', 'hostname', 'ETCD_NAME pg1', '--name pg1', '{{ x }}', '"', '\'', '\\', '=', '=x'];
/** Bytes systemd refuses in a key or value (invalid UTF-8, noncharacters) or anywhere (NUL). */
const badBytes: Piece[] = [raw(0xff), raw(0xc0, 0x80), raw(0xed, 0xa0, 0x80), raw(0xef, 0xbf, 0xbe), raw(0xef, 0xb7, 0x90),
	raw(0xf0, 0x9f, 0xbf, 0xbf), raw(0x80), raw(0xe2, 0x82), raw(0)];

const oneOf = <T>(list: readonly T[]) => fc.constantFrom(...list);
const valuePiece: fc.Arbitrary<Piece> = fc.oneof(
	{ weight: 5, arbitrary: oneOf(bare) },
	{ weight: 4, arbitrary: oneOf(quoted) },
	{ weight: 1, arbitrary: oneOf(lineEnds) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 3 }).filter(s => !s.includes('\uFFFD')) },
);
const key = fc.oneof({ weight: 5, arbitrary: oneOf(keys) }, { weight: 2, arbitrary: fc.constant('DAEMON_ARGS') }, { weight: 2, arbitrary: oneOf(oddKeys) });
const assignment: fc.Arbitrary<Piece[]> = fc.tuple(key, oneOf(equals), fc.array(valuePiece, { maxLength: 4 }))
	.map(([key, eq, value]) => [key, eq, ...value]);
const line: fc.Arbitrary<Piece[]> = fc.oneof(
	{ weight: 6, arbitrary: assignment },
	{ weight: 2, arbitrary: oneOf(comments).map(c => [c]) },
	{ weight: 1, arbitrary: oneOf(junk).map(j => [j]) },
	{ weight: 1, arbitrary: fc.array(fc.oneof(oneOf(bare), oneOf(quoted), oneOf(lineEnds), oneOf(junk)), { maxLength: 5 }) },
);
const lineWithEnd: fc.Arbitrary<Piece[]> = fc.tuple(line, oneOf(lineEnds)).map(([pieces, end]) => [...pieces, end]);

/** A whole file: sometimes a BOM, lines with their ends (the last one maybe without), rarely a bad byte somewhere. */
export const envFileBytes: fc.Arbitrary<Uint8Array> = fc.tuple(
	fc.integer({ min: 0, max: 9 }),
	fc.array(lineWithEnd, { minLength: 1, maxLength: 8 }),
	fc.boolean(),
	fc.oneof({ weight: 10, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(oneOf(badBytes), fc.nat()) }),
).map(([bomChance, lines, cutLastEnd, bad]) => {
	const pieces: Piece[] = [...(bomChance === 0 ? ['\uFEFF'] : []), ...lines.flat()];
	if (cutLastEnd) pieces.pop();
	if (bad) pieces.splice(bad[1] % (pieces.length + 1), 0, bad[0]);
	return concat(pieces);
});

function concat(pieces: readonly Piece[]): Uint8Array {
	const parts = pieces.map(piece => typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
	return Buffer.concat(parts);
}
