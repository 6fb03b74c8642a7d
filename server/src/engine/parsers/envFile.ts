import type { Span } from '../text/lineIndex';
import { trimEndOf } from '../text/trailing';
import { findShellDifferences, type ShellDifference } from './shellDifferences';
import { findUnreadable, type Unreadable } from './unreadable';

/*
 * A lossless parser for env files as systemd's EnvironmentFile= reads them (systemd's env-file.c).
 * Every byte of the text belongs to exactly one node, so printing the nodes gives back the input,
 * and every node records what systemd makes of it.
 */

export type QuoteKind = 'bare' | 'double' | 'single';

/** One stretch of a value: systemd concatenates quoted and bare pieces (`"a"'b'c` is `abc`). */
export interface ValuePiece {
	readonly kind: QuoteKind;
	/** The piece as written, quotes included. */
	readonly span: Span;
	/** False when the file ends inside the quotes. */
	readonly closed: boolean;
}

export interface AssignmentNode {
	readonly kind: 'assignment';
	readonly span: Span;
	/** The `export` word and the blanks after it: systemd makes it part of the key and drops the line. */
	readonly exportSpan?: Span;
	/** The variable name as written, without `export` and without trailing blanks. */
	readonly name: string;
	/** The key exactly as systemd reads it: `export `, a byte-order mark and blanks inside included. */
	readonly key: string;
	readonly nameSpan: Span;
	readonly equalsOffset: number;
	/** From the first character after the blanks that follow `=` to the end of the value as systemd reads it. */
	readonly valueSpan: Span;
	readonly pieces: readonly ValuePiece[];
	/** The value systemd hands to etcd. */
	readonly value: string;
	/** valueOffsets[i] is the text offset that value[i] came from; one extra entry marks the end. */
	readonly valueOffsets: readonly number[];
	/** systemd accepts the name (letters, digits, `_`, not starting with a digit) and keeps the line. */
	readonly validName: boolean;
}

export interface CommentNode {
	readonly kind: 'comment';
	readonly span: Span;
	/** The comment text after its `#` or `;`, up to the end of its first line. */
	readonly text: string;
	readonly marker: '#' | ';';
	/** The lines after the first that systemd 252 reads as part of the comment (its first line ends in an escaping backslash). */
	readonly swallowed?: Span;
}

export interface BlankNode {
	readonly kind: 'blank';
	readonly span: Span;
}

/** A line without `=`: systemd drops it silently; a shell would run it as a command. */
export interface InvalidNode {
	readonly kind: 'invalid';
	readonly span: Span;
	/** The line without its line end. */
	readonly contentSpan: Span;
}

export type EnvNode = AssignmentNode | CommentNode | BlankNode | InvalidNode;

export interface EnvFile {
	readonly text: string;
	/** A UTF-8 byte-order mark at the start, kept as its own stretch of text. */
	readonly hasBom: boolean;
	readonly nodes: readonly EnvNode[];
	readonly shellDifferences: readonly ShellDifference[];
	/** Why systemd cannot load the file at all, and so skips it (`EnvironmentFile=-`); undefined when it can. */
	readonly unreadable?: Unreadable;
}

const isNewline = (c: string): boolean => c === '\n' || c === '\r';
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** Characters that a backslash escapes inside double quotes; before any other the backslash stays. */
const escapableInDoubleQuotes = '"\\`$';
const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseEnvFile(text: string): EnvFile {
	const hasBom = text.charCodeAt(0) === 0xfeff;
	const nodes: EnvNode[] = [];
	let offset = hasBom ? 1 : 0;
	if (hasBom && offset < text.length) {
		nodes.push(parseBomLine(text));
		offset = nodes[0].span.end;
	}
	// A loop, not envNodesFrom: a generator's step is an object per node, thousands of them on a large file.
	while (offset < text.length) {
		const node = parseNode(text, offset);
		nodes.push(node);
		offset = node.span.end;
	}
	const unreadable = findUnreadable(text, nodes);
	return { text, hasBom, nodes, shellDifferences: findShellDifferences(text, nodes, hasBom), ...(unreadable ? { unreadable } : {}) };
}

/**
 * systemd reads a byte-order mark as the first character of a key: the first line is then never a comment (nor
 * continued like one), blanks after the mark belong to the key, and an assignment there has an invalid name.
 */
function parseBomLine(text: string): EnvNode {
	let lineEnd = 1;
	while (lineEnd < text.length && !isNewline(text[lineEnd])) lineEnd++;
	const equals = text.indexOf('=', 1);
	if (equals < 0 || equals > lineEnd) {
		const node = parseNode(text, 1);
		return node.kind !== 'comment' ? node : { ...node, span: { start: 1, end: lineEnd < text.length ? afterLineEnd(text, lineEnd) : lineEnd }, swallowed: undefined };
	}
	let keyStart = 1;
	while (keyStart < equals && isBlank(text[keyStart])) keyStart++;
	const node = parseKey(text, 1, keyStart, keyStart) as AssignmentNode;
	return { ...node, key: '\uFEFF' + trimEndOf(text.slice(1, equals), ' \t'), validName: false };
}

/** The nodes from a node boundary on, one at a time: a caller that needs only a stretch of the file stops early. */
export function* envNodesFrom(text: string, offset: number): Generator<EnvNode> {
	while (offset < text.length) {
		const node = parseNode(text, offset);
		yield node;
		offset = node.span.end;
	}
}

/** Offset after the line end at `offset` (CRLF counts as one: systemd skips the LF as a blank anyway). */
function afterLineEnd(text: string, offset: number): number {
	if (text[offset] === '\r' && text[offset + 1] === '\n') return offset + 2;
	return offset + 1;
}

function parseNode(text: string, start: number): EnvNode {
	let i = start;
	while (i < text.length && isBlank(text[i]) && !isNewline(text[i])) i++;
	if (i >= text.length) return { kind: 'blank', span: { start, end: i } };
	const c = text[i];
	if (isNewline(c)) return { kind: 'blank', span: { start, end: afterLineEnd(text, i) } };
	if (c === '#' || c === ';') return parseComment(text, start, i);
	return parseKey(text, start, i);
}

function parseComment(text: string, start: number, markerOffset: number): CommentNode {
	let firstLineEnd = markerOffset + 1;
	while (firstLineEnd < text.length && !isNewline(text[firstLineEnd])) firstLineEnd++;
	// systemd 252 lets a backslash in a comment escape the next character, a line end too: a comment line ending in an
	// odd run of backslashes before LF or a lone CR goes on over the next line (254 and later stop at the line end).
	// Before CRLF the backslash takes the CR, and the LF still ends the comment.
	let i = markerOffset + 1;
	while (i < text.length && !isNewline(text[i])) i += text[i] === '\\' ? 2 : 1;
	i = Math.min(i, text.length);
	const end = i < text.length ? afterLineEnd(text, i) : i;
	const secondLine = firstLineEnd < text.length ? afterLineEnd(text, firstLineEnd) : firstLineEnd;
	const comment: CommentNode = { kind: 'comment', span: { start, end }, text: text.slice(markerOffset + 1, firstLineEnd), marker: text[markerOffset] as '#' | ';' };
	return end > secondLine ? { ...comment, swallowed: { start: secondLine, end } } : comment;
}

/** From `scanFrom` on, the first `=` ends the key; the key's first character is a key character even if it is `=`. */
function parseKey(text: string, start: number, keyStart: number, scanFrom = keyStart + 1): EnvNode {
	let i = scanFrom;
	while (i < text.length && text[i] !== '=' && !isNewline(text[i])) i++;
	if (i >= text.length || text[i] !== '=') {
		const end = i < text.length ? afterLineEnd(text, i) : i;
		return { kind: 'invalid', span: { start, end }, contentSpan: { start: keyStart, end: i } };
	}
	let keyEnd = i;
	while (keyEnd > keyStart && isBlank(text[keyEnd - 1])) keyEnd--;
	const rawKey = text.slice(keyStart, keyEnd);
	const exportMatch = /^export[ \t]+/.exec(rawKey);
	const nameStart = keyStart + (exportMatch ? exportMatch[0].length : 0);
	const value = parseValue(text, i + 1);
	return {
		kind: 'assignment',
		span: { start, end: value.end },
		exportSpan: exportMatch ? { start: keyStart, end: nameStart } : undefined,
		name: text.slice(nameStart, keyEnd),
		key: rawKey,
		nameSpan: { start: nameStart, end: keyEnd },
		equalsOffset: i,
		valueSpan: value.span,
		pieces: value.pieces,
		value: value.chars.join(''),
		valueOffsets: value.offsets,
		validName: validName.test(rawKey),
	};
}

interface ParsedValue {
	span: Span;
	pieces: ValuePiece[];
	chars: string[];
	/** Where each character came from, and at the end where the value ends. */
	offsets: number[];
	/** Where the node ends: after the value's line end. */
	end: number;
}

/** Stands for the span until the value's first character is found. */
const emptyValue: Span = { start: 0, end: 0 };

/**
 * systemd's PRE_VALUE / VALUE / quote states. Blanks before the value and between pieces are skipped,
 * trailing blanks of a bare value are chopped, and a newline outside quotes ends the value.
 */
function parseValue(text: string, afterEquals: number): ParsedValue {
	const result: ParsedValue = { span: emptyValue, pieces: [], chars: [], offsets: [], end: text.length };
	let i = afterEquals;
	let valueStart = -1;
	let valueEnd = afterEquals;
	while (i < text.length) {
		const c = text[i];
		if (isNewline(c)) {
			result.end = afterLineEnd(text, i);
			break;
		}
		if (isBlank(c)) {
			i++;
			continue;
		}
		if (valueStart < 0) valueStart = i;
		const piece = c === '"' ? readDoubleQuoted(text, i, result) : c === '\'' ? readSingleQuoted(text, i, result) : readBare(text, i, result);
		result.pieces.push(piece);
		i = piece.span.end;
		valueEnd = i;
		if (piece.kind === 'bare') {
			// A bare piece runs to the end of the line; its trailing blanks (dropped from the value) still belong to it.
			while (i < text.length && !isNewline(text[i])) i++;
			if (i < text.length) result.end = afterLineEnd(text, i);
			break;
		}
	}
	result.span = valueStart < 0 ? { start: afterEquals, end: afterEquals } : { start: valueStart, end: valueEnd };
	result.offsets.push(result.span.end);
	return result;
}

function push(result: ParsedValue, char: string, offset: number): void {
	result.chars.push(char);
	result.offsets.push(offset);
}

function readSingleQuoted(text: string, start: number, result: ParsedValue): ValuePiece {
	let i = start + 1;
	while (i < text.length && text[i] !== '\'') push(result, text[i], i++);
	const closed = i < text.length;
	return { kind: 'single', span: { start, end: closed ? i + 1 : i }, closed };
}

function readDoubleQuoted(text: string, start: number, result: ParsedValue): ValuePiece {
	let i = start + 1;
	while (i < text.length && text[i] !== '"') {
		if (text[i] === '\\') {
			// A backslash as the file's last character is swallowed, as in systemd's escape state.
			if (i + 1 >= text.length) {
				i++;
				continue;
			}
			const next = text[i + 1];
			if (escapableInDoubleQuotes.includes(next)) push(result, next, i + 1);
			else if (next !== '\n') {
				push(result, '\\', i);
				push(result, next, i + 1);
			}
			i += 2;
		} else {
			push(result, text[i], i++);
		}
	}
	const closed = i < text.length;
	return { kind: 'double', span: { start, end: closed ? i + 1 : i }, closed };
}

/** A bare value: runs to the line end; `\c` gives `c`, backslash + line end joins lines; trailing blanks go. */
function readBare(text: string, start: number, result: ParsedValue): ValuePiece {
	let i = start;
	let lastNonBlankChar = result.chars.length;
	let lastNonBlankEnd = start;
	while (i < text.length && !isNewline(text[i])) {
		if (text[i] === '\\') {
			if (i + 1 < text.length && !isNewline(text[i + 1])) push(result, text[i + 1], i + 1);
			// An escaped CR or LF is swallowed: the value continues on the next line. Before the CR of a CRLF the
			// LF then ends the value: that backslash and CR add nothing to it and stay out of its span, so a fix
			// that rewrites the value keeps them, and the line keeps its CRLF.
			const endsHere = text[i + 1] === '\r' && (i + 2 >= text.length || text[i + 2] === '\n');
			lastNonBlankChar = result.chars.length;
			lastNonBlankEnd = endsHere ? i : Math.min(i + 2, text.length);
			i += 2;
			continue;
		}
		push(result, text[i], i);
		i++;
		if (!isBlank(text[i - 1])) {
			lastNonBlankChar = result.chars.length;
			lastNonBlankEnd = i;
		}
	}
	result.chars.length = lastNonBlankChar;
	result.offsets.length = lastNonBlankChar;
	return { kind: 'bare', span: { start, end: lastNonBlankEnd }, closed: true };
}

/** Prints the parse back: always equal to the text that was parsed. */
export function printEnvFile(file: EnvFile): string {
	return (file.hasBom ? '\uFEFF' : '') + file.nodes.map(node => file.text.slice(node.span.start, node.span.end)).join('');
}
