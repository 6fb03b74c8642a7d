import { lineStartOf } from './lineScan';
import type { Span } from './lineIndex';
import { trailingRun } from './trailing';

/*
 * Edits of a text as whole lines or spans, whatever the text holds: the dialects build a setting's edits on them.
 */

/** Text to put in place of a span of the text. */
export interface SpanEdit {
	readonly span: Span;
	readonly newText: string;
}

/** The line end the file uses (CRLF files get CRLF lines). */
export function lineEndingOf(text: string): string {
	// Every fix that adds a line asks; in a long file without a line break each answer is a scan of all of it.
	if (text !== lastLineEnding.text) lastLineEnding = { text, eol: /\r\n|\n|\r/.exec(text)?.[0] ?? '\n' };
	return lastLineEnding.eol;
}

/** The last answer of lineEndingOf: a one-entry memo (the same text is asked about again and again). */
let lastLineEnding = { text: '', eol: '\n' };

/**
 * The line end of the line that holds `offset`, or the first one of the file for a last line without one: a new
 * line takes the line end of its neighbour, so a file that mixes them keeps each line as it was.
 */
function neighbourLineEnd(text: string, offset: number): string {
	if (text[offset - 1] === '\n') return text[offset - 2] === '\r' ? '\r\n' : '\n';
	if (text[offset - 1] === '\r') return '\r';
	// A CR is looked for on this line only: in a long LF file a search to the end for every new line adds up.
	const lf = text.indexOf('\n', offset);
	const cr = text.slice(offset, lf < 0 ? text.length : lf).indexOf('\r');
	if (cr >= 0) return text[offset + cr + 1] === '\n' ? '\r\n' : '\r';
	return lf >= 0 ? '\n' : lineEndingOf(text);
}

/** Inserts whole lines after a statement (which ends with its line end, or at the end of the file). */
export function insertLinesAfter(text: string, statement: Span, lines: readonly string[]): SpanEdit {
	const eol = neighbourLineEnd(text, statement.end);
	const atEndWithoutEol = statement.end === text.length && !/[\r\n]$/.test(text);
	// A file that ends in a lone backslash continues its last line: an empty line ends the statement first.
	const continued = atEndWithoutEol && trailingRun(text, '\\') % 2 === 1;
	const newText = (atEndWithoutEol ? eol : '') + (continued ? eol : '') + lines.map(line => line + eol).join('');
	return { span: { start: statement.end, end: statement.end }, newText: atEndWithoutEol ? newText.slice(0, -eol.length) : newText };
}

/** Inserts whole lines before the line that holds `offset`, with its indentation (after a byte-order mark, which stays first). */
export function insertLinesBefore(text: string, offset: number, lines: readonly string[]): SpanEdit {
	const lineStart = Math.max(lineStartOf(text, offset), text.charCodeAt(0) === 0xfeff ? 1 : 0);
	const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 1000))?.[0] ?? '';
	const eol = neighbourLineEnd(text, lineStart);
	return { span: { start: lineStart, end: lineStart }, newText: lines.map(line => indent + line + eol).join('') };
}

export function removeSpan(span: Span): SpanEdit {
	return { span, newText: '' };
}

/**
 * Applies non-overlapping edits to a text in one pass from the front: the text between them once, each new text
 * once (splicing each edit into the whole text made fix-all over an edit on every line quadratic). Edits at the
 * same offset come out as applying them one after another from the back would give: the later one first.
 */
export function applyChanges(text: string, changes: readonly SpanEdit[]): string {
	const sorted = changes.map((change, index) => ({ change, index }))
		.sort((a, b) => a.change.span.start - b.change.span.start || a.change.span.end - b.change.span.end || b.index - a.index);
	const pieces: string[] = [];
	let at = 0;
	for (const { change } of sorted) {
		if (change.span.start < at) return applyBackToFront(text, changes);
		pieces.push(text.slice(at, change.span.start), change.newText);
		at = change.span.end;
	}
	pieces.push(text.slice(at));
	return pieces.join('');
}

/** Overlapping edits, which no caller should make: each spliced in from the back, as ever. */
function applyBackToFront(text: string, changes: readonly SpanEdit[]): string {
	const sorted = [...changes].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
	let result = text;
	for (const change of sorted) result = result.slice(0, change.span.start) + change.newText + result.slice(change.span.end);
	return result;
}
