import type { Position, Range } from 'vscode-languageserver-types';

/** A half-open span of UTF-16 offsets into a document's text, [start, end). */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Converts between offsets and LSP positions. LSP counts \n, \r\n and a lone \r as line ends. */
export interface LineIndex {
	readonly lineStarts: readonly number[];
	readonly length: number;
}

export function createLineIndex(text: string): LineIndex {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13 /* \r */) {
			if (text.charCodeAt(i + 1) === 10) i++;
			lineStarts.push(i + 1);
		} else if (c === 10 /* \n */) {
			lineStarts.push(i + 1);
		}
	}
	return { lineStarts, length: text.length };
}

export function positionAt(index: LineIndex, offset: number): Position {
	const clamped = Math.max(0, Math.min(offset, index.length));
	let low = 0;
	let high = index.lineStarts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (index.lineStarts[mid] <= clamped) low = mid; else high = mid - 1;
	}
	return { line: low, character: clamped - index.lineStarts[low] };
}

export function offsetAt(index: LineIndex, position: Position): number {
	if (position.line < 0) return 0;
	if (position.line >= index.lineStarts.length) return index.length;
	const lineStart = index.lineStarts[position.line];
	const nextLineStart = index.lineStarts[position.line + 1] ?? index.length;
	return Math.min(lineStart + Math.max(0, position.character), nextLineStart);
}

export function rangeOf(index: LineIndex, span: Span): Range {
	return { start: positionAt(index, span.start), end: positionAt(index, span.end) };
}

export function contains(span: Span, offset: number): boolean {
	return offset >= span.start && offset <= span.end;
}

export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}
