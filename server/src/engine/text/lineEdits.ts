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

/** Inserts whole lines after a statement (which ends with its line end, or at the end of the file). */
export function insertLinesAfter(text: string, statement: Span, lines: readonly string[]): SpanEdit {
	const eol = lineEndingOf(text);
	const atEndWithoutEol = statement.end === text.length && !/[\r\n]$/.test(text);
	// A file that ends in a lone backslash continues its last line: an empty line ends the statement first.
	const continued = atEndWithoutEol && trailingRun(text, '\\') % 2 === 1;
	const newText = (atEndWithoutEol ? eol : '') + (continued ? eol : '') + lines.map(line => line + eol).join('');
	return { span: { start: statement.end, end: statement.end }, newText: atEndWithoutEol ? newText.slice(0, -eol.length) : newText };
}

/** Inserts whole lines before the line that holds `offset`, with that line's indentation. */
export function insertLinesBefore(text: string, offset: number, lines: readonly string[]): SpanEdit {
	const lineStart = lineStartOf(text, offset);
	const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
	const eol = lineEndingOf(text);
	return { span: { start: lineStart, end: lineStart }, newText: lines.map(line => indent + line + eol).join('') };
}

export function removeSpan(span: Span): SpanEdit {
	return { span, newText: '' };
}

/** Applies non-overlapping edits to a text, back to front so earlier offsets stay valid. */
export function applyChanges(text: string, changes: readonly SpanEdit[]): string {
	const sorted = [...changes].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
	let result = text;
	for (const change of sorted) result = result.slice(0, change.span.start) + change.newText + result.slice(change.span.end);
	return result;
}
