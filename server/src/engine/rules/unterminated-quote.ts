import type { Rule } from './rule';

/** An opening quote without its closing one swallows the rest of the file into one value. */
export const unterminatedQuote: Rule = {
	id: 'unterminated-quote',
	severity: 'error',
	check(doc) {
		return doc.env.nodes.flatMap(node => node.kind !== 'assignment' ? [] : node.pieces
			.filter(piece => !piece.closed)
			.map(piece => ({
				span: { start: piece.span.start, end: Math.min(piece.span.end, lineEnd(doc.text, piece.span.start)) },
				message: `This ${piece.kind === 'double' ? 'double' : 'single'} quote is never closed: systemd reads the rest of the file into ${node.name}, and a shell stops with a syntax error.`,
				fixes: [{ title: 'Close the quote at the end of the line', safe: true, changes: [{ span: at(lineEnd(doc.text, piece.span.start)), newText: piece.kind === 'double' ? '"' : '\'' }] }],
			})));
	},
};

function lineEnd(text: string, from: number): number {
	const match = /[\r\n]/.exec(text.slice(from));
	return match ? from + match.index : text.length;
}

function at(offset: number) {
	return { start: offset, end: offset };
}
