/*
 * Scans of a line around an offset. Loops rather than regular expressions: a pattern such as /[ \t]+$/ retries
 * from every blank of a long run, which is quadratic in the run's length.
 */

/** The offset where the line holding `offset` starts (after a \n, \r\n or lone \r). */
export function lineStartOf(text: string, offset: number): number {
	return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The offset where the line holding `offset` ends (before its line end). */
export function lineEndAt(text: string, offset: number): number {
	const match = /[\r\n]/.exec(text.slice(offset));
	return match ? offset + match.index : text.length;
}

/** From a span's start back over the blanks before it. */
export function blanksBefore(text: string, offset: number): number {
	let start = offset;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
	return start;
}

/** From an offset on over the blanks after it. */
export function blanksAfter(text: string, offset: number): number {
	let end = offset;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
	return end;
}
