import type { Position } from 'vscode-languageserver-types';
import { createLineIndex, positionAt, type Span } from '../server/src/engine/text/lineIndex';

export interface Marked {
	/** The text with every marker removed. */
	readonly text: string;
	/** Where `‸` stood, if it did. */
	readonly cursor?: Position;
	readonly cursorOffset?: number;
	/** The `⟦…⟧` ranges, in order. */
	readonly spans: readonly Span[];
}

/** Reads a test text in which `‸` marks the cursor and `⟦…⟧` the expected ranges. */
export function mark(source: string): Marked {
	let text = '';
	let cursorOffset: number | undefined;
	const spans: Span[] = [];
	const open: number[] = [];
	for (const char of source) {
		if (char === '‸') cursorOffset = text.length;
		else if (char === '⟦') open.push(text.length);
		else if (char === '⟧') spans.push({ start: open.pop() ?? 0, end: text.length });
		else text += char;
	}
	spans.sort((a, b) => a.start - b.start);
	const cursor = cursorOffset === undefined ? undefined : positionAt(createLineIndex(text), cursorOffset);
	return { text, cursor, cursorOffset, spans };
}
