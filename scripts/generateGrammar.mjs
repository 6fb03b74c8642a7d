// Generates syntaxes/etcd.tmLanguage.json (TextMate grammar, scope source.etcd) from etcd's flags.json.
// Usage: node scripts/generateGrammar.mjs [path/to/flags.json]
//
// The grammar is generated because the list of known ETCD_* keys (and of --flags inside DAEMON_ARGS) comes from
// flags.json; everything else is hand-written below. Edit this script, not the JSON, and re-run it.
//
// Regex rules kept throughout, so nothing can backtrack catastrophically on long lines: no nested quantifiers over
// the same characters (a repeated group either has single-character alternatives, or each repetition must end in a
// delimiter its inner quantifier cannot eat, like the unit letters of a duration), possessive quantifiers (`*+`,
// `++`) wherever giving characters back cannot help, and no `match` rules whose captures are re-tokenized
// (vscode-textmate copies the line prefix for each such capture, which is quadratic on long lines): URLs and
// unquoted value pieces are begin/end rules instead.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '..', 'shared', 'etcd', 'flags.json');
const target = join(root, 'syntaxes', 'etcd.tmLanguage.json');
const flags = JSON.parse(readFileSync(source, 'utf8'));

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Legacy names every etcd version accepts and ignores. Known, but scoped as deprecated. */
const LEGACY_ENV = [
	'ETCD_CLUSTER_ACTIVE_SIZE', 'ETCD_CLUSTER_REMOVE_DELAY', 'ETCD_CLUSTER_SYNC_INTERVAL', 'ETCD_CONFIG',
	'ETCD_FORCE', 'ETCD_MAX_RESULT_BUFFER', 'ETCD_MAX_RETRY_ATTEMPTS', 'ETCD_PEER_ELECTION_TIMEOUT',
	'ETCD_PEER_HEARTBEAT_INTERVAL', 'ETCD_RETRY_INTERVAL', 'ETCD_SNAPSHOT', 'ETCD_V', 'ETCD_VV',
];
/** Variables etcd reads that are not options. Known, scoped as special. */
const SPECIAL_ENV = ['ETCD_UNSUPPORTED_ARCH', 'ETCD_VERIFY'];
/** Debian's variable holding etcd command-line flags. */
const DAEMON_ARGS = 'DAEMON_ARGS';
/** The key whose value is `name=url[,name=url…]`. */
const INITIAL_CLUSTER = 'ETCD_INITIAL_CLUSTER';

const ENV_RE = /^ETCD_[A-Z0-9_]+$/;
const FLAG_RE = /^[a-z0-9][a-z0-9-]*$/;

const optionEnv = [...new Set(flags.map(f => f.env))];
const optionFlags = [...new Set(flags.map(f => f.name))];
for (const env of [...optionEnv, ...LEGACY_ENV, ...SPECIAL_ENV]) {
	if (!ENV_RE.test(env)) throw new Error(`unexpected variable name in input: ${JSON.stringify(env)}`);
}
for (const name of optionFlags) {
	if (!FLAG_RE.test(name)) throw new Error(`unexpected flag name in input: ${JSON.stringify(name)}`);
}
for (const env of [...LEGACY_ENV, ...SPECIAL_ENV]) {
	if (optionEnv.includes(env)) throw new Error(`${env} is an option in flags.json; drop it from the legacy/special list`);
}
if (!optionEnv.includes(INITIAL_CLUSTER)) throw new Error(`${INITIAL_CLUSTER} missing from flags.json`);

const legacyFlags = LEGACY_ENV.map(env => env.slice('ETCD_'.length).toLowerCase().replaceAll('_', '-'));
const specialOptionEnv = new Set([INITIAL_CLUSTER]);

/** Alternation of names, longest first, with a shared prefix factored out: `ETCD_(?:NAME|DATA_DIR|…)`. */
function alternation(names, prefix = '') {
	const rest = [...new Set(names)]
		.map(n => {
			if (!n.startsWith(prefix)) throw new Error(`${n} does not start with ${prefix}`);
			return n.slice(prefix.length);
		})
		.sort((a, b) => b.length - a.length || a.localeCompare(b))
		.map(n => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return `${prefix}(?:${rest.join('|')})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Regex pieces

/** Start of a value item: start of text or after a blank, comma, `=` or quote (negative lookbehind works at 0). */
const ITEM_START = String.raw`(?<![^\s,="'])`;
/** End of a value item: end of text or before a blank, comma or quote. */
const ITEM_END = String.raw`(?![^\s,"'])`;
/** Start of a shell word (for --flags in DAEMON_ARGS). */
const WORD_START = String.raw`(?<![^\s"'=])`;

/** Where an unquoted value piece starts: not a blank or quote, and not a Jinja opener (matched apart). */
const UNQUOTED_START = String.raw`(?=[^\s"'{]|\{(?![{%#]))`;
/** Where it stops: before a blank, a quote or a Jinja opener. A `\`+newline is consumed by #escape-unquoted first. */
const UNQUOTED_END = String.raw`(?=[\s"']|\{[{%#])`;

const ASSIGN_PREFIX = String.raw`^[ \t]*+(?:(export)[ \t]++)?`;
const ASSIGN_SUFFIX = String.raw`[ \t]*+(=)[ \t]*+`;

// ---------------------------------------------------------------------------------------------------------------
// Grammar builders

/** A `KEY=value` rule. The value runs to the end of the line, or further while a quote or `\`-newline is open. */
function assignment(keyRegex, keyScope, valueKind, comment) {
	const rule = {
		begin: ASSIGN_PREFIX + `(${keyRegex})` + ASSIGN_SUFFIX,
		beginCaptures: {
			1: { name: 'keyword.other.export.etcd' },
			2: { name: keyScope },
			3: { name: 'keyword.operator.assignment.etcd' },
		},
		// `(?=\n)` rather than `$`: after a consumed backslash-newline the position is past the `\n`, where `(?=\n)`
		// cannot match, so the assignment continues on the next line (systemd and sh both join such lines).
		end: String.raw`(?=\n)`,
		name: 'meta.assignment.etcd',
		patterns: [{ include: `#value-${valueKind}` }],
	};
	return comment ? { comment, ...rule } : rule;
}

/** Value patterns of one kind: inline comment, Jinja, both quotes, unquoted pieces. */
function valueRules(kind) {
	return {
		[`value-${kind}`]: {
			patterns: [
				{ include: '#inline-comment' },
				{ include: '#jinja-expression' },
				{ include: `#string-double-${kind}` },
				{ include: `#string-single-${kind}` },
				{ include: `#string-unquoted-${kind}` },
			],
		},
		[`string-double-${kind}`]: {
			comment: 'systemd: a backslash removes itself only before " \\ ` $ (and a newline); raw newlines are kept, so the string may span lines.',
			begin: '"',
			beginCaptures: { 0: { name: 'punctuation.definition.string.begin.etcd' } },
			end: '"',
			endCaptures: { 0: { name: 'punctuation.definition.string.end.etcd' } },
			name: 'string.quoted.double.etcd',
			patterns: [{ include: '#escape-double' }, { include: `#content-${kind}` }, { include: '#expansion' }],
		},
		[`string-single-${kind}`]: {
			comment: 'Literal up to the next single quote, newlines included; no escapes, no expansion.',
			begin: "'",
			beginCaptures: { 0: { name: 'punctuation.definition.string.begin.etcd' } },
			end: "'",
			endCaptures: { 0: { name: 'punctuation.definition.string.end.etcd' } },
			name: 'string.quoted.single.etcd',
			patterns: [{ include: `#content-${kind}` }],
		},
		[`string-unquoted-${kind}`]: {
			comment: 'One blank-free piece of an unquoted value (begin/end rather than match+captures: retokenizing captures copies the line prefix each time). A trailing backslash-newline is consumed, so the piece goes on with the next line.',
			begin: UNQUOTED_START,
			end: UNQUOTED_END,
			name: 'string.unquoted.etcd',
			patterns: [{ include: '#escape-unquoted' }, { include: `#content-${kind}` }, { include: '#expansion' }],
		},
	};
}

const flagKnown = alternation(optionFlags);
const flagLegacy = alternation(legacyFlags);

const repository = {
	// ---- lines -------------------------------------------------------------------------------------------------
	'comment-section': {
		comment: 'RHEL-style group header such as #[Member] or #[Clustering].',
		match: String.raw`^[ \t]*+((#)[ \t]*+(\[)([^\]\n]*)(\])[ \t]*+)$`,
		captures: {
			1: { name: 'comment.line.number-sign.etcd' },
			2: { name: 'punctuation.definition.comment.etcd' },
			3: { name: 'punctuation.definition.section.begin.etcd' },
			4: { name: 'entity.name.section.etcd' },
			5: { name: 'punctuation.definition.section.end.etcd' },
		},
	},
	comment: {
		comment: 'A line whose first non-blank character is # (systemd and sh agree).',
		match: String.raw`^[ \t]*+((#).*)`,
		captures: {
			1: { name: 'comment.line.number-sign.etcd' },
			2: { name: 'punctuation.definition.comment.etcd' },
		},
	},
	'comment-semicolon': {
		comment: 'systemd also treats a line starting with ; as a comment (for POSIX sh it is a syntax error).',
		match: String.raw`^[ \t]*+((;).*)`,
		captures: {
			1: { name: 'comment.line.semicolon.etcd' },
			2: { name: 'punctuation.definition.comment.etcd' },
		},
	},
	assignment: {
		patterns: [
			{ include: '#assignment-initial-cluster' },
			{ include: '#assignment-daemon-args' },
			{ include: '#assignment-option' },
			{ include: '#assignment-special' },
			{ include: '#assignment-legacy' },
			{ include: '#assignment-unknown-etcd' },
			{ include: '#assignment-other' },
			{ include: '#assignment-invalid-key' },
		],
	},
	'assignment-initial-cluster': assignment(INITIAL_CLUSTER, 'variable.other.constant.etcd', 'cluster',
		'name=url pairs: member names before = are tagged.'),
	'assignment-daemon-args': assignment(DAEMON_ARGS, 'support.variable.daemon-args.etcd', 'args',
		"Debian's DAEMON_ARGS holds etcd command-line flags (ExecStart=/usr/bin/etcd $DAEMON_ARGS)."),
	'assignment-option': assignment(
		alternation(optionEnv.filter(e => !specialOptionEnv.has(e)), 'ETCD_'),
		'variable.other.constant.etcd', 'plain',
		`The option variables listed in flags.json (${optionEnv.length} with ${INITIAL_CLUSTER}, which has its own rule).`),
	'assignment-special': assignment(alternation(SPECIAL_ENV, 'ETCD_'), 'variable.language.special.etcd', 'plain',
		'Read by etcd but not options.'),
	'assignment-legacy': assignment(alternation(LEGACY_ENV, 'ETCD_'), 'invalid.deprecated.legacy.etcd', 'plain',
		'Legacy names: accepted and ignored by every etcd version (ETCD_CONFIG does not load a file).'),
	'assignment-unknown-etcd': assignment('ETCD_[A-Za-z0-9_]*+', 'variable.other.unknown.etcd', 'plain',
		'ETCD_* names etcd does not know: warned about as unrecognised and ignored.'),
	'assignment-other': assignment('[A-Za-z_][A-Za-z0-9_]*+', 'variable.other.readwrite.etcd', 'plain',
		'Other variables: not read by etcd itself.'),
	'assignment-invalid-key': assignment(String.raw`[^\s=#;{][^\s=]*+`, 'invalid.illegal.key.etcd', 'plain',
		'Not a valid variable name: systemd drops the line with an error, sh runs it as a command.'),
	'export-only': {
		match: String.raw`^[ \t]*+(export)(?=[ \t]|$)`,
		captures: { 1: { name: 'keyword.other.export.etcd' } },
	},

	// ---- pieces of values --------------------------------------------------------------------------------------
	'inline-comment': {
		comment: 'NOT a comment for systemd: `KEY=v # note` gives the value `v # note` (after a closing quote the blanks go: "v"# note). Only POSIX sh drops it. Scoped comment.line.inline.etcd so it reads as a note, and its # additionally as invalid.deprecated so it stays visually distinct from a real comment line.',
		match: String.raw`(?<=[ \t])((#).*)`,
		captures: {
			1: { name: 'comment.line.inline.etcd' },
			2: { name: 'punctuation.definition.comment.etcd invalid.deprecated.inline-comment.etcd' },
		},
	},
	'escape-double': {
		patterns: [
			{ match: String.raw`\\$`, name: 'constant.character.escape.line-continuation.etcd' },
			{ match: String.raw`\\["\\$\x60]`, name: 'constant.character.escape.etcd' },
		],
	},
	'escape-unquoted': {
		comment: 'Unquoted: a backslash keeps the next character literally; before a newline it joins lines.',
		patterns: [
			{ match: String.raw`\\\n`, name: 'constant.character.escape.line-continuation.etcd' },
			{ match: String.raw`\\.`, name: 'constant.character.escape.etcd' },
		],
	},
	expansion: {
		comment: 'POSIX sh expands these; systemd keeps them literally.',
		patterns: [
			{
				match: String.raw`(\$\{)([^}\s"'$]*+)(\})`,
				name: 'variable.other.expansion.etcd',
				captures: {
					1: { name: 'punctuation.definition.variable.begin.etcd' },
					3: { name: 'punctuation.definition.variable.end.etcd' },
				},
			},
			{
				match: String.raw`(\$)(?:[A-Za-z_][A-Za-z0-9_]*+|[0-9@*#?$!-])`,
				name: 'variable.other.expansion.etcd',
				captures: { 1: { name: 'punctuation.definition.variable.etcd' } },
			},
			{
				match: String.raw`(\$\()[^()\n"']*+(\))`,
				name: 'variable.other.expansion.command.etcd',
				captures: {
					1: { name: 'punctuation.definition.variable.begin.etcd' },
					2: { name: 'punctuation.definition.variable.end.etcd' },
				},
			},
			{
				match: String.raw`(\x60)[^\x60\n"']*+(\x60)`,
				name: 'variable.other.expansion.command.etcd',
				captures: {
					1: { name: 'punctuation.definition.variable.begin.etcd' },
					2: { name: 'punctuation.definition.variable.end.etcd' },
				},
			},
		],
	},
	'jinja-expression': {
		comment: 'Ansible/Jinja templates (*.j2 files use this grammar too).',
		patterns: [
			{
				match: String.raw`(\{\{)((?:[^{}\n]|\}(?!\}))*+)(\}\})`,
				name: 'meta.embedded.template.etcd',
				captures: {
					1: { name: 'punctuation.section.embedded.begin.etcd' },
					2: { name: 'variable.other.template.etcd' },
					3: { name: 'punctuation.section.embedded.end.etcd' },
				},
			},
			{
				match: String.raw`(\{%)((?:[^{%\n]|%(?!\}))*+)(%\})`,
				name: 'meta.embedded.template.etcd',
				captures: {
					1: { name: 'punctuation.section.embedded.begin.etcd' },
					2: { name: 'keyword.control.template.etcd' },
					3: { name: 'punctuation.section.embedded.end.etcd' },
				},
			},
			{ match: String.raw`\{#(?:[^{#\n]|#(?!\}))*+#\}`, name: 'comment.block.template.etcd' },
		],
	},
	url: {
		comment: 'scheme://host:port[/path] with the schemes etcd accepts (case-insensitive); IPv6 hosts in brackets. begin/end so that ${HOST} or {{ host }} inside still gets its own scope.',
		begin: String.raw`(?<![A-Za-z0-9+.-])((?i:https?|unixs?))(://)`,
		beginCaptures: {
			1: { name: 'keyword.other.scheme.etcd' },
			2: { name: 'punctuation.separator.scheme.etcd' },
		},
		end: String.raw`(?=[\s,"'\x60]|\\\n|$)`,
		name: 'meta.url.etcd',
		patterns: [
			{ match: String.raw`\G\[[0-9A-Fa-f:.]*+(?:%[^\]\s"',]*+)?\]`, name: 'entity.name.host.etcd' },
			{ match: String.raw`\G[^\s:/,"'\[\]$\x60@?#{}\\]++`, name: 'entity.name.host.etcd' },
			{ include: '#expansion' },
			{ include: '#jinja-expression' },
			{
				match: String.raw`(:)([0-9]*+)`,
				captures: {
					1: { name: 'punctuation.separator.port.etcd' },
					2: { name: 'constant.numeric.port.etcd' },
				},
			},
			{ match: String.raw`/[^\s,"'\x60]*+`, name: 'meta.path.etcd' },
		],
	},
	duration: {
		comment: 'Go time.ParseDuration: number+unit, combinable (1h30m), fractional, optional sign.',
		match: ITEM_START + String.raw`[-+]?+(?:(?:[0-9]++(?:\.[0-9]*+)?|\.[0-9]++)(?:ns|us|µs|μs|ms|s|m|h))++` + ITEM_END,
		name: 'constant.numeric.duration.etcd',
	},
	number: {
		comment: 'Go integers with base prefixes and _ separators; plain decimals (sampling rates).',
		match: ITEM_START + String.raw`[-+]?+(?:0[xX][0-9A-Fa-f_]++|0[oO][0-7_]++|0[bB][01_]++|[0-9][0-9_]*+(?:\.[0-9]++)?)` + ITEM_END,
		name: 'constant.numeric.etcd',
	},
	boolean: {
		comment: 'Go strconv.ParseBool spellings (single letters left out: too ambiguous).',
		match: ITEM_START + '(?:true|True|TRUE|false|False|FALSE)' + ITEM_END,
		name: 'constant.language.boolean.etcd',
	},
	comma: { match: ',', name: 'punctuation.separator.comma.etcd' },
	'cluster-member': {
		comment: 'initial-cluster: name=url; the name is everything up to the first = of the piece (not trimmed).',
		match: String.raw`(?<![^\s,"'=])([^\s,="'$\x60{}]++)(=)`,
		captures: {
			1: { name: 'entity.name.tag.member.etcd' },
			2: { name: 'punctuation.separator.key-value.etcd' },
		},
	},
	flag: {
		comment: `--flag names inside DAEMON_ARGS: known = the ${optionFlags.length} flags.json names; legacy = accepted and ignored.`,
		patterns: [
			{
				match: WORD_START + `(--?+)(${flagKnown})(?![A-Za-z0-9_-])(=?+)`,
				captures: {
					1: { name: 'punctuation.definition.flag.etcd' },
					2: { name: 'constant.other.option.etcd' },
					3: { name: 'punctuation.separator.key-value.etcd' },
				},
			},
			{
				match: WORD_START + `(--?+)(${flagLegacy})(?![A-Za-z0-9_-])(=?+)`,
				captures: {
					1: { name: 'punctuation.definition.flag.etcd' },
					2: { name: 'invalid.deprecated.legacy.etcd' },
					3: { name: 'punctuation.separator.key-value.etcd' },
				},
			},
			{
				match: WORD_START + String.raw`(--?+)([A-Za-z][A-Za-z0-9_-]*+)(=?+)`,
				captures: {
					1: { name: 'punctuation.definition.flag.etcd' },
					2: { name: 'constant.other.option.unknown.etcd' },
					3: { name: 'punctuation.separator.key-value.etcd' },
				},
			},
		],
	},

	'argument-quoted': {
		comment: 'Quotes nested inside DAEMON_ARGS group words when systemd splits $DAEMON_ARGS into arguments (and are removed).',
		patterns: [
			{
				match: "(')[^'\\n]*+(')",
				name: 'string.quoted.single.argument.etcd',
				captures: {
					1: { name: 'punctuation.definition.string.begin.etcd' },
					2: { name: 'punctuation.definition.string.end.etcd' },
				},
			},
			{
				match: '(")[^"\\n]*+(")',
				name: 'string.quoted.double.argument.etcd',
				captures: {
					1: { name: 'punctuation.definition.string.begin.etcd' },
					2: { name: 'punctuation.definition.string.end.etcd' },
				},
			},
		],
	},

	// ---- content of a value, per kind --------------------------------------------------------------------------
	'content-plain': {
		patterns: [
			{ include: '#jinja-expression' }, { include: '#url' }, { include: '#duration' }, { include: '#number' },
			{ include: '#boolean' }, { include: '#comma' },
		],
	},
	'content-cluster': {
		patterns: [
			{ include: '#jinja-expression' }, { include: '#url' }, { include: '#cluster-member' }, { include: '#comma' },
		],
	},
	'content-args': {
		patterns: [
			{ include: '#jinja-expression' }, { include: '#argument-quoted' }, { include: '#flag' }, { include: '#url' }, { include: '#duration' },
			{ include: '#number' }, { include: '#boolean' }, { include: '#comma' },
		],
	},
	...valueRules('plain'),
	...valueRules('cluster'),
	...valueRules('args'),
};

const grammar = {
	$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
	comment: [
		'GENERATED by scripts/generateGrammar.mjs from etcd\'s flags.json (known ETCD_* keys and DAEMON_ARGS --flags). Do not edit by hand: change the script and run `node scripts/generateGrammar.mjs [path/to/flags.json]`.',
		'Files: systemd EnvironmentFile= / POSIX sh env files (/etc/default/etcd, /etc/etcd/etcd.conf).',
		'Inline comments: `KEY=value # note` is scoped comment.line.inline.etcd, but systemd has NO end-of-line comments (the text becomes part of the value); only sh drops it. Its # carries invalid.deprecated so it does not look like a real comment.',
	].join(' '),
	name: 'etcd config',
	scopeName: 'source.etcd',
	patterns: [
		{ include: '#comment-section' },
		{ include: '#comment' },
		{ include: '#comment-semicolon' },
		{ include: '#jinja-expression' },
		{ include: '#assignment' },
		{ include: '#export-only' },
	],
	repository,
};

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(grammar, null, '\t') + '\n');
console.log(`wrote ${target}: ${optionEnv.length} options, ${LEGACY_ENV.length} legacy, ${SPECIAL_ENV.length} special`);
