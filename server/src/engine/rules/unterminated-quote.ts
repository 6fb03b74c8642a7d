import type { ValuePiece } from '../parsers/envFile';
import type { Rule } from './rule';
import { trailingRun } from '../text/trailing';
import { lineEndAt } from '../text/lineScan';

/** An opening quote without its closing one swallows the rest of the file into one value. */
export const unterminatedQuote: Rule = {
	id: 'unterminated-quote',
	severity: 'error',
	check(doc, ctx) {
		return doc.env.nodes.flatMap(node => node.kind !== 'assignment' ? [] : node.pieces
			.filter(piece => !piece.closed)
			.map(piece => {
				const quote = piece.kind === 'double' ? '"' : '\'';
				const end = lineEndAt(doc.text, piece.span.start);
				const close = closingOffset(doc.text, piece);
				const rest = doc.text.slice(end).trim() !== '';
				// A backslash right before the new quote would escape it: double it, so it stays a backslash in the value.
				const escaped = piece.kind === 'double' && endsInEscape(doc.text.slice(piece.span.start + 1, close));
				return {
					span: { start: piece.span.start, end },
					message: ctx.msg['unterminated-quote'].message(piece.kind, rest, node.name),
					fixes: [{
						title: ctx.msg['unterminated-quote'].close,
						preferred: true,
						// A `#` after a blank may have been meant as a comment after the closing quote.
						safe: !/[ \t]#/.test(doc.text.slice(piece.span.start, close)) && !escaped,
						changes: [{ span: { start: close, end: close }, newText: escaped ? '\\' + quote : quote }],
					}],
				};
			}));
	},
};

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
