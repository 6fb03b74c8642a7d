import { lineNumber, type ConfigDocument } from '../model/configDocument';
import { envNodesFrom, type AssignmentNode, type ValuePiece } from '../parsers/envFile';
import { applyChanges } from '../text/lineEdits';
import { lineEndAt } from '../text/lineScan';
import { trailingRun } from '../text/trailing';
import type { Problem, Rule, RuleContext } from './rule';
import { spansLines, swallowedLines, type SwallowedLines } from './shared/swallowedLines';

type Words = RuleContext['msg']['unterminated-quote'];

/**
 * A quote that does not close on its own line: systemd reads on until the matching quote, to the end of the file
 * when there is none, and the lines in between set nothing. A quote that closes at the start of a later value
 * (`NAME="`) was meant to open that value. Whatever other rules find inside the swallowed value follows from this,
 * so this finding explains it (validation drops those findings).
 */
export const unterminatedQuote: Rule = {
	id: 'unterminated-quote',
	severity: 'error',
	sees: 'written',
	check(doc, ctx) {
		return doc.env.nodes.flatMap(node => node.kind !== 'assignment' ? [] : node.pieces.flatMap(piece => {
			const problem = quoteProblem(doc, node, piece, ctx.msg['unterminated-quote'], ctx.msg.and);
			return problem ? [problem] : [];
		}));
	},
};

function quoteProblem(doc: ConfigDocument, node: AssignmentNode, piece: ValuePiece, msg: Words, and: string): Problem | undefined {
	if (piece.kind === 'bare') return undefined;
	const swallowed = swallowedLines(doc, node, piece);
	if (piece.closed && !(swallowed && (swallowed.closedByOpener || swallowed.swallowsAssignment))) return undefined;
	const quote = piece.kind === 'double' ? '"' : '\'';
	const close = closingOffset(doc.text, piece);
	// A backslash right before the new quote would escape it: double it, so it stays a backslash in the value.
	const escaped = piece.kind === 'double' && endsInEscape(doc.text.slice(piece.span.start + 1, close));
	const closing = { start: piece.span.end - 1, end: piece.span.end };
	const change = { span: { start: close, end: close }, newText: escaped ? '\\' + quote : quote };
	return {
		span: { start: piece.span.start, end: lineEndAt(doc.text, piece.span.start) },
		message: piece.closed
			? msg.closedLate(piece.kind, lineNumber(doc, closing.start), node.name, lines(swallowed!, msg), lost(swallowed, msg, and))
			: msg.message(piece.kind, swallowed ? lines(swallowed, msg) : undefined, node.name, lost(swallowed, msg, and)),
		related: piece.closed ? [{ span: closing, message: msg.closingQuote }] : undefined,
		explains: { start: node.valueSpan.start, end: node.span.end },
		fixes: [{
			title: msg.close,
			preferred: true,
			// A `#` after a blank may have been meant as a comment after the closing quote, and a quote further down may
			// pair up differently once this one is closed.
			safe: !/[ \t]#/.test(doc.text.slice(piece.span.start, close)) && !escaped && !quotesSpanLinesAfter(applyChanges(doc.text, [change]), close),
			changes: [change],
		}],
	};
}

/** Whether, once the quote is closed, a quote on a later line runs over a line end: read from the next line on. */
function quotesSpanLinesAfter(text: string, offset: number): boolean {
	const lineEnd = lineEndAt(text, offset);
	const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
	for (const node of envNodesFrom(text, Math.min(next, text.length))) {
		if (node.kind === 'assignment' && node.pieces.some(piece => spansLines(node, piece))) return true;
	}
	return false;
}

function lines(swallowed: SwallowedLines, msg: Words): string {
	return msg.lines(swallowed.first, swallowed.last);
}

/** `A, B and C are not set`, in the file's language. */
function lost(swallowed: SwallowedLines | undefined, msg: Words, and: string): string | undefined {
	const names = swallowed?.lost ?? [];
	if (names.length === 0) return undefined;
	const list = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + and + names[names.length - 1];
	return msg.notSet(list, names.length);
}

/** After the line's last non-blank; a double-quoted line ending in backslash + LF goes on, so its end is further down. */
function closingOffset(text: string, piece: ValuePiece): number {
	let end = lineEndAt(text, piece.span.start);
	for (;;) {
		let trimmed = end;
		while (trimmed > piece.span.start + 1 && (text[trimmed - 1] === ' ' || text[trimmed - 1] === '\t')) trimmed--;
		if (piece.kind !== 'double' || trimmed !== end || !endsInEscape(text.slice(piece.span.start + 1, trimmed)) || text[end] !== '\n') return trimmed;
		end = lineEndAt(text, end + 1);
	}
}

/** An odd run of backslashes at the end: the next character is escaped. */
function endsInEscape(text: string): boolean {
	return trailingRun(text, '\\') % 2 === 1;
}
