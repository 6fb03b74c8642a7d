import type { Document, Node, Pair, Scalar } from 'yaml';

type YamlLibrary = typeof import('yaml');

/**
 * The yaml package, required when the first YAML text is parsed: an env file never needs it, and it is a fifth of
 * the server's code (bundled apart as dist/yaml.js by scripts/bundlePlugins.mjs).
 */
function yamlLibrary(): YamlLibrary {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, on purpose (above)
	return require('yaml') as YamlLibrary;
}
import type { Span } from '../text/lineIndex';
import { lineEndAt } from '../text/lineScan';
import { parseGoInt } from './goValues';

/*
 * etcd's --config-file as etcd reads it: YAML 1.1 (yes/no/on/off are booleans, 0123 is octal), turned into JSON and
 * decoded into a fixed Go struct. The `yaml` package parses (it keeps every node's source range); this module turns
 * its tree into the leaf entries etcd decodes, descending only into the mappings etcd's struct nests
 * (client-transport-security and friends), and keeps the full-line comments for our directives.
 */

export type YamlScalarType = 'string' | 'bool' | 'integer' | 'float' | 'null';

export type YamlValue =
	| {
		readonly kind: 'scalar';
		readonly type: YamlScalarType;
		/** Written in quotes: always a string, whatever it looks like. */
		readonly quoted: boolean;
		/** The value as etcd's flag syntax would spell it: `true`, `83` for `0123`, the string itself. */
		readonly text: string;
		/** The whole number a number stands for (an integer, or a float such as `1e4`), as etcd's integer fields take it. */
		readonly integer?: string;
		/** offsets[i]: where text[i] came from (the scalar's start where the text is not a copy of the source); one extra entry marks the end. */
		readonly offsets: readonly number[];
	}
	| { readonly kind: 'list'; readonly items: readonly YamlListItem[] }
	| { readonly kind: 'map' };

export interface YamlListItem {
	readonly text: string;
	readonly span: Span;
	readonly offsets: readonly number[];
	/** A list of strings holds only strings: anything else fails etcd's decoder. */
	readonly type: YamlScalarType | 'collection';
}

/** One key with a value that is not one of etcd's nested sections. */
export interface YamlEntry {
	/** The key path as written, dotted: `client-transport-security.cert-file`. */
	readonly path: string;
	readonly keySpan: Span;
	/** The value as written (quotes included); an empty span right after the `:` when there is none. */
	readonly valueSpan: Span;
	/** The whole lines of the pair, line end included: what a fix removes. */
	readonly statementSpan: Span;
	readonly value: YamlValue;
}

export interface YamlComment {
	/** The comment line's `#` to its end, line end excluded. */
	readonly span: Span;
	/** The text after the `#`. */
	readonly text: string;
}

/** What the YAML parser said (in English), or one of our own findings, which the rule words in the user's language. */
export type YamlProblem =
	| { readonly span: Span; readonly kind: 'parser'; readonly message: string }
	| { readonly span: Span; readonly kind: 'notMapping' | 'tooDeep' };

export interface YamlFile {
	readonly hasBom: boolean;
	readonly entries: readonly YamlEntry[];
	/** Comments that fill a line of their own (where our directives live). */
	readonly comments: readonly YamlComment[];
	/** What keeps etcd from reading the file at all: YAML syntax, or a top level that is not a mapping. */
	readonly errors: readonly YamlProblem[];
	/**
	 * The `---` that starts a second document with content: etcd's reader takes the first document and ignores
	 * the rest, whatever it holds (checked against etcd 3.4).
	 */
	readonly laterDocuments?: Span;
}

export interface YamlShape {
	/** Lower-cased paths of the mappings etcd's struct nests, such as `client-transport-security`. */
	readonly sections: ReadonlySet<string>;
}

/** Parses the text; never throws. */
export function parseYamlFile(text: string, shape: YamlShape): YamlFile {
	const hasBom = text.charCodeAt(0) === 0xfeff;
	const yaml = yamlLibrary();
	let doc: Document.Parsed;
	try {
		doc = yaml.parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false });
	} catch (error) {
		return { hasBom, entries: [], comments: [], errors: [problem({ start: 0, end: 0 }, error instanceof Error ? error.message : String(error))] };
	}
	const later = doc.errors.find(error => error.code === 'MULTIPLE_DOCS');
	const errors: YamlProblem[] = doc.errors.filter(error => error !== later)
		.map(error => problem({ start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) }, error.message));
	const entries: YamlEntry[] = [];
	const blocks: Span[] = [];
	const root = doc.contents;
	if (yaml.isMap(root)) {
		readMapping(root, '', { yaml, text, doc, shape, entries, blocks });
	} else if (root !== null && !(yaml.isScalar(root) && root.value === null)) {
		errors.push({ span: spanOf(root, text), kind: 'notMapping' });
	}
	const laterDocuments = later && holdsContent(text.slice(later.pos[0])) ? { start: later.pos[0], end: lineEndAt(text, later.pos[0]) } : undefined;
	return { hasBom, entries, comments: fullLineComments(text, blocks), errors, laterDocuments };
}

/** Whether the text after the first document has more than markers (`---`, `...`), comments and blank lines. */
function holdsContent(rest: string): boolean {
	return rest.split(/\r\n|\r|\n/).some(line => !/^(?:---|\.\.\.)?[ \t]*(?:#.*)?$/.test(line));
}


/** The parser's message, first line only; running out of stack means nesting no config file has. */
function problem(span: Span, message: string): YamlProblem {
	return /call stack/i.test(message)
		? { span, kind: 'tooDeep' }
		: { span, kind: 'parser', message: message.split('\n')[0] };
}

interface Reader {
	readonly yaml: YamlLibrary;
	readonly text: string;
	readonly doc: Document.Parsed;
	readonly shape: YamlShape;
	readonly entries: YamlEntry[];
	/** Block scalars, whose lines may start with `#` without being comments. */
	readonly blocks: Span[];
}

function readMapping(map: Node & { items: Pair[] }, prefix: string, reader: Reader, depth = 0): void {
	const { isAlias, isMap, isScalar } = reader.yaml;
	for (const pair of map.items) {
		if (!isScalar(pair.key)) continue;
		// The yaml package marks the merge key with a symbol of its own.
		const keyName = pair.key.source === '<<' || typeof pair.key.value === 'symbol' ? '<<' : String(pair.key.value);
		const keySpan = spanOf(pair.key);
		const written = pair.value as Node | null;
		const value = isAlias(written) ? resolvedAlias(written, reader.doc) : written;
		// YAML 1.1 merge keys (`<<: *defaults`) put another mapping's keys here.
		if (keyName === '<<' && isMap(value) && depth < 8) {
			readMapping(value, prefix, reader, depth + 1);
			continue;
		}
		const path = prefix + keyName;
		if (isMap(value) && reader.shape.sections.has(path.toLowerCase()) && depth < 8) {
			readMapping(value, path + '.', reader, depth + 1);
			continue;
		}
		const valueSpan = written ? spanOf(written, reader.text) : { start: keySpan.end + 1, end: keySpan.end + 1 };
		if (isScalar(value) && typeof value.value === 'string' && value.type?.startsWith('BLOCK')) reader.blocks.push(valueSpan);
		reader.entries.push({ path, keySpan, valueSpan, statementSpan: wholeLines(reader.text, keySpan.start, valueSpan.end), value: yamlValue(value, valueSpan, reader) });
	}
}

/** What an alias (`*name`) stands for in its document; null when its anchor is missing. */
export function resolvedAlias(alias: Node, doc: Document.Parsed): Node | null {
	try {
		return (alias as unknown as { resolve(doc: Document.Parsed): Node | undefined }).resolve(doc) ?? null;
	} catch {
		return null;
	}
}

function yamlValue(node: Node | null, span: Span, reader: Reader): YamlValue {
	const { isMap, isScalar, isSeq } = reader.yaml;
	if (isSeq(node)) return { kind: 'list', items: node.items.map(item => listItem(item as Node | null, reader)) };
	if (isMap(node)) return { kind: 'map' };
	if (isScalar(node)) return { kind: 'scalar', ...scalarValue(node, span, reader.text) };
	return { kind: 'scalar', type: 'null', quoted: false, text: '', offsets: [span.start] };
}

function listItem(written: Node | null, reader: Reader): YamlListItem {
	const { isAlias, isScalar } = reader.yaml;
	const node = isAlias(written) ? resolvedAlias(written, reader.doc) : written;
	const span = written ? spanOf(written, reader.text) : { start: 0, end: 0 };
	if (!isScalar(node)) return { text: '', span, offsets: [span.start], type: 'collection' };
	const { type, text, offsets } = scalarValue(node, span, reader.text);
	return { text, span, offsets, type };
}

function scalarValue(node: Scalar, span: Span, text: string): { type: YamlScalarType; quoted: boolean; text: string; integer?: string; offsets: number[] } {
	const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
	if (node.type !== 'PLAIN' || node.tag === 'tag:yaml.org,2002:str') {
		const decoded = node.value === null || node.value === undefined ? '' : String(node.value);
		return { type: 'string', quoted, text: decoded, offsets: offsetsOf(decoded, text, span) };
	}
	const resolved = resolvePlain(node.source ?? String(node.value ?? ''));
	return { ...resolved, quoted, offsets: offsetsOf(resolved.text, text, span) };
}

const goYamlTrue = /^(y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/;
const goYamlFalse = /^(n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/;
const goYamlFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/**
 * What etcd's YAML reader (go-yaml v2) makes of a plain scalar, which is not quite YAML 1.1: `0o17` and `0b101`
 * are integers (Go's own prefixes), `1:30` is a string (no base 60), `08` is the float 8. A whole float such as
 * `1e4` reaches etcd's struct as the JSON number 10000, so it carries its integer too.
 */
export function resolvePlain(source: string): { type: YamlScalarType; text: string; integer?: string } {
	if (source === '' || source === '~' || /^(null|Null|NULL)$/.test(source)) return { type: 'null', text: '' };
	if (goYamlTrue.test(source)) return { type: 'bool', text: 'true' };
	if (goYamlFalse.test(source)) return { type: 'bool', text: 'false' };
	const digits = source.replace(/_/g, '');
	// go-yaml tries Go's ParseInt, then ParseUint, both within 64 bits.
	const parsed = parseGoInt(digits, true);
	const integer = parsed.ok ? parsed : parseGoInt(digits, false);
	if (integer.ok) return { type: 'integer', text: integer.value.toString(), integer: integer.value.toString() };
	if (goYamlFloat.test(digits) || /^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(digits)) {
		const number = Number(digits);
		const whole = Number.isInteger(number) && Math.abs(number) < 1e21 ? BigInt(number).toString() : undefined;
		return { type: 'float', text: source, integer: whole };
	}
	return { type: 'string', text: source };
}

/** Maps decoded characters to the source where the value is written literally; otherwise to the scalar's start. */
function offsetsOf(decoded: string, text: string, span: Span): number[] {
	const written = text.slice(span.start, span.end);
	const quote = written[0] === '"' || written[0] === '\'' ? 1 : 0;
	const literal = written.slice(quote, written.length - quote) === decoded;
	const offsets: number[] = [];
	for (let i = 0; i < decoded.length; i++) offsets.push(literal ? span.start + quote + i : span.start);
	offsets.push(literal ? span.start + quote + decoded.length : span.end);
	return offsets;
}

/** The node's text, without the line ends and blanks that block collections count as theirs. */
function spanOf(node: Node, text?: string): Span {
	const range = node.range ?? [0, 0, 0];
	let end = range[1];
	while (text !== undefined && end > range[0] && /[ \t\r\n]/.test(text[end - 1])) end--;
	return { start: range[0], end };
}

/** From the start of the line (where only blanks precede `from`) to after the line end that follows `to`. */
function wholeLines(text: string, from: number, to: number): Span {
	let start = from;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
	if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start = from;
	let end = to;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
	if (text.startsWith('\r\n', end)) end += 2;
	else if (end < text.length) end++;
	return { start, end };
}

function fullLineComments(text: string, blocks: readonly Span[]): YamlComment[] {
	const comments: YamlComment[] = [];
	const line = /^[ \t]*#([^\r\n]*)/gm;
	for (let match = line.exec(text); match; match = line.exec(text)) {
		const start = match.index + match[0].indexOf('#');
		if (blocks.some(block => block.start <= start && start < block.end)) continue;
		comments.push({ span: { start, end: match.index + match[0].length }, text: match[1] });
	}
	return comments;
}
