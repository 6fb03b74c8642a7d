import { type ConfigDocument, lineNumber } from '../../model/configDocument';
import type { Span } from '../../text/lineIndex';
import { parseEnvFile, type AssignmentNode, type ValuePiece } from '../../parsers/envFile';

/*
 * What a quote that does not close on its own line takes from the lines below it. systemd keeps reading a quoted
 * value over line ends until the matching quote, so those lines set nothing of their own. Used by the
 * unterminated-quote rule to say which lines and variables are lost.
 */

export interface SwallowedLines {
	/** From the line after the quote's own to the end of the value (line end included). */
	readonly span: Span;
	/** 1-based numbers of the first and the last non-blank swallowed line. */
	readonly first: number;
	readonly last: number;
	/** The variables those lines would set on their own, first occurrence first. */
	readonly lost: readonly string[];
	/** The quote closes at the start of a later value (`NAME="`): that quote was meant to open it. */
	readonly closedByOpener: boolean;
	/**
	 * A swallowed line would set a variable of its own: any variable on the lines before the closing one, an etcd
	 * variable or DAEMON_ARGS on that one too (a value meant to span lines may well hold `name=url` there).
	 */
	readonly swallowsAssignment: boolean;
}

const etcdVariable = /^(?:ETCD_[A-Z0-9_]+|DAEMON_ARGS)$/;
const opensValue = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*$/;

/** The lines a quoted piece runs over without a backslash joining them; undefined when it stays on its line. */
export function swallowedLines(doc: ConfigDocument, node: AssignmentNode, piece: ValuePiece): SwallowedLines | undefined {
	if (piece.kind === 'bare') return undefined;
	const text = doc.text;
	const lineEnd = rawLineEnd(node, piece);
	if (lineEnd === undefined) return undefined;
	const start = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
	let lastNonBlank = node.span.end - 1;
	while (lastNonBlank >= start && /\s/.test(text[lastNonBlank])) lastNonBlank--;
	if (lastNonBlank < start) return undefined;
	const closingLine = piece.closed ? lineStartAt(text, piece.span.end - 1) : node.span.end;
	// The swallowed text is parsed once (a quote never closed may swallow a whole large file).
	const swallowedNames = names(text.slice(start, node.span.end));
	const assignments = (from: number, to: number) => to === node.span.end ? swallowedNames : names(text.slice(from, to));
	return {
		span: { start, end: node.span.end },
		first: lineNumber(doc, start),
		last: lineNumber(doc, lastNonBlank),
		lost: [...new Set(assignments(start, node.span.end))],
		closedByOpener: piece.closed && closingLine >= start && opensValue.test(text.slice(closingLine, piece.span.end - 1)),
		swallowsAssignment: (closingLine > start && assignments(start, closingLine).length > 0) || assignments(start, node.span.end).some(name => etcdVariable.test(name)),
	};
}

/** The variables systemd would set from a text. */
function names(text: string): string[] {
	return parseEnvFile(text).nodes.flatMap(other => other.kind === 'assignment' && other.validName ? [other.name] : []);
}

/** Whether a quoted piece runs over a line end that no backslash joins away (or to the end of the file). */
export function spansLines(node: AssignmentNode, piece: ValuePiece): boolean {
	return piece.kind !== 'bare' && (!piece.closed || rawLineEnd(node, piece) !== undefined);
}

/** The first CR or LF that the piece keeps in the value (one a backslash joins away is not kept). */
function rawLineEnd(node: AssignmentNode, piece: ValuePiece): number | undefined {
	// valueOffsets rise with the value: find the piece's first character by bisection, so that a value of many
	// pieces is not scanned from its start once per piece.
	let low = 0;
	let high = node.value.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (node.valueOffsets[middle] <= piece.span.start) low = middle + 1;
		else high = middle;
	}
	for (let i = low; i < node.value.length && node.valueOffsets[i] < piece.span.end; i++) {
		if (node.value[i] === '\n' || node.value[i] === '\r') return node.valueOffsets[i];
	}
	return undefined;
}

function lineStartAt(text: string, offset: number): number {
	let start = offset;
	while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
	return start;
}
