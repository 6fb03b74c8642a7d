import type { ConfigDocument } from '../model/configDocument';
import { lineEndAt, lineStartOf } from '../text/lineScan';
import type { Span } from '../text/lineIndex';

/*
 * Text written into a systemd unit: a word as systemd splits it back (a `%` doubled, as specifiers would take it;
 * in a command line a `$` doubled too, as the environment would), and the lines a directive stands on.
 */

export function unitWord(value: string, commandLine: boolean): string {
	let text = value.replace(/%/g, '%%');
	if (commandLine) text = text.replace(/\$/g, '$$$$');
	if (text !== '' && /^[A-Za-z0-9_.,:/=@%$+\-[\]]+$/.test(text)) return text;
	return '"' + text.replace(/[\\"]/g, c => '\\' + c).replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}

/** The line that holds an offset: its start, where its text ends, and after its line end. */
export function lineAround(text: string, offset: number): { start: number; end: number; next: number } {
	const start = lineStartOf(text, offset);
	const end = lineEndAt(text, offset);
	const next = text.startsWith('\r\n', end) ? end + 2 : end < text.length ? end + 1 : end;
	return { start, end, next };
}

/** Whether a line ends in a continuation backslash (blanks after it aside). */
export function continuesAfter(text: string, line: { end: number }, from: number): boolean {
	let end = line.end;
	while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	let backslashes = 0;
	while (end - backslashes > from && text[end - backslashes - 1] === '\\') backslashes++;
	return backslashes % 2 === 1;
}

/** The line before the one at `start`, if any. */
export function previousLine(doc: ConfigDocument, start: number): { start: number; end: number; next: number } | undefined {
	return start > 0 ? lineAround(doc.text, start - 1 - (doc.text[start - 2] === '\r' && doc.text[start - 1] === '\n' ? 1 : 0)) : undefined;
}

/** Whether only blanks stand in a span of the text. */
export function blank(text: string, span: Span): boolean {
	return /^[ \t]*$/.test(text.slice(span.start, span.end));
}
