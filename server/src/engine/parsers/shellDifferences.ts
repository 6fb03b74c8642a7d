import type { Span } from '../text/lineIndex';
import type { AssignmentNode, EnvNode, ValuePiece } from './envFile';

/**
 * A place where a POSIX shell sourcing the file (`set -a; . file`, the sysvinit way) reads something else
 * than systemd's EnvironmentFile= does, or fails outright.
 */
export type ShellDifferenceKind =
	| 'bom'                   // systemd: part of the first key; sh: a command name
	| 'crlf'                  // sh keeps the CR at the end of every value
	| 'export'                // systemd drops the line; sh sets the variable
	| 'blank-around-equals'   // systemd trims; sh runs a command or sets an empty value
	| 'inline-comment'        // systemd keeps `# …` in the value; sh drops it
	| 'semicolon'             // systemd keeps `;`; sh ends the command there
	| 'unquoted-blank'        // systemd keeps inner blanks; sh runs the rest as a command
	| 'expansion'             // systemd keeps `$X`, `$(…)`, backticks literally; sh expands them
	| 'continuation'          // the value goes on over several lines
	| 'crlf-backslash'        // a backslash before CRLF: neither systemd nor sh joins the lines
	| 'unterminated-quote'    // systemd reads to the end of the file; sh stops with a syntax error
	| 'invalid-name'          // systemd drops the line with an error; sh runs it as a command
	| 'no-equals'             // systemd drops the line silently; sh runs it as a command
	| 'semicolon-comment'     // a comment for systemd; a syntax error for sh
	| 'comment-continuation'; // systemd before 254 (Debian 12, RHEL 9) also swallows the next line

export interface ShellDifference {
	readonly kind: ShellDifferenceKind;
	readonly span: Span;
}

export function findShellDifferences(text: string, nodes: readonly EnvNode[], hasBom: boolean): ShellDifference[] {
	const found: ShellDifference[] = [];
	if (hasBom) found.push({ kind: 'bom', span: { start: 0, end: 1 } });
	const cr = text.indexOf('\r');
	if (cr >= 0) found.push({ kind: 'crlf', span: { start: cr, end: cr + 1 } });
	for (const node of nodes) {
		switch (node.kind) {
			case 'assignment':
				// With a byte-order mark the first key is invalid because of it: the `bom` finding says so.
				assignmentDifferences(text, node, found, hasBom && node === nodes[0]);
				break;
			case 'comment':
				if (node.marker === ';') found.push({ kind: 'semicolon-comment', span: node.span });
				if (node.text.endsWith('\\')) found.push({ kind: 'comment-continuation', span: node.span });
				break;
			case 'invalid':
				found.push({ kind: 'no-equals', span: node.contentSpan });
				break;
			case 'blank':
				break;
		}
	}
	return found;
}

/**
 * Adds an assignment's differences to `found` (one list for the file, not one per line: a file has thousands of
 * lines, and a value of 200,000 lines more differences than a push(...) can take arguments).
 */
function assignmentDifferences(text: string, node: AssignmentNode, found: ShellDifference[], afterBom: boolean): void {
	if (node.exportSpan) found.push({ kind: 'export', span: node.exportSpan });
	else if (!node.validName && !afterBom) found.push({ kind: 'invalid-name', span: node.nameSpan });
	if (node.equalsOffset > node.nameSpan.end) found.push({ kind: 'blank-around-equals', span: { start: node.nameSpan.end, end: node.equalsOffset } });
	if (node.pieces.length > 0 && node.valueSpan.start > node.equalsOffset + 1) {
		found.push({ kind: 'blank-around-equals', span: { start: node.equalsOffset + 1, end: node.valueSpan.start } });
	}
	for (let index = 0; index < node.pieces.length; index++) {
		const piece = node.pieces[index];
		const previous = node.pieces[index - 1];
		if (previous && piece.span.start > previous.span.end) {
			if (text[piece.span.start] === '#') {
				// The shell's comment runs to the line end: nothing after it matters to the shell.
				found.push({ kind: 'inline-comment', span: { start: piece.span.start, end: node.valueSpan.end } });
				break;
			}
			found.push({ kind: 'unquoted-blank', span: { start: previous.span.end, end: piece.span.start } });
		}
		pieceDifferences(text, piece, found);
	}
}

function pieceDifferences(text: string, piece: ValuePiece, found: ShellDifference[]): void {
	if (!piece.closed) found.push({ kind: 'unterminated-quote', span: piece.span });
	const inner = piece.kind === 'bare' ? piece.span : { start: piece.span.start + 1, end: piece.closed ? piece.span.end - 1 : piece.span.end };
	// A bare value's span stops before a backslash that escapes the CR of a CRLF: it adds nothing to the value.
	if (piece.kind === 'bare' && text.startsWith('\\\r\n', inner.end)) found.push({ kind: 'crlf-backslash', span: { start: inner.end, end: inner.end + 2 } });
	for (let i = inner.start; i < inner.end; i++) {
		const c = text[i];
		if (c === '\n' || c === '\r') {
			found.push({ kind: 'continuation', span: { start: i, end: i + 1 } });
		} else if (piece.kind !== 'single' && c === '\\') {
			i++;
			// systemd escapes the CR alone, so the LF after it still ends a bare value; in quotes both stay in the value.
			if (text[i] === '\r' && text[i + 1] === '\n') found.push({ kind: 'crlf-backslash', span: { start: i - 1, end: i + 1 } });
			else if (text[i] === '\n' || text[i] === '\r') found.push({ kind: 'continuation', span: { start: i - 1, end: i + 1 } });
		} else if (piece.kind !== 'single' && (c === '`' || (c === '$' && /[A-Za-z_{(0-9@*#?$!-]/.test(text[i + 1] ?? '')))) {
			found.push({ kind: 'expansion', span: { start: i, end: expansionEnd(text, i, inner.end) } });
		} else if (piece.kind === 'bare') {
			const difference = bareDifference(text, i, inner.end);
			if (difference) {
				found.push(difference);
				if (difference.kind === 'inline-comment') break;
			}
		}
	}
}

/** Differences that only unquoted text has: `;`, and blanks that split words or start a comment. */
function bareDifference(text: string, i: number, end: number): ShellDifference | undefined {
	const c = text[i];
	if (c === ';') return { kind: 'semicolon', span: { start: i, end: i + 1 } };
	if (c !== ' ' && c !== '\t') return undefined;
	let next = i;
	while (next < end && (text[next] === ' ' || text[next] === '\t')) next++;
	if (next >= end || (text[i - 1] === ' ' || text[i - 1] === '\t')) return undefined;
	return text[next] === '#'
		? { kind: 'inline-comment', span: { start: next, end } }
		: { kind: 'unquoted-blank', span: { start: i, end: next } };
}

/** An unclosed `${` runs to the line's end; beyond this many characters the span stops, so a line of a thousand
 * `${` is not scanned to its end once per `$` (quadratic). No real expansion is that long. */
const longestExpansion = 1024;

function expansionEnd(text: string, start: number, limit: number): number {
	const match = /^(\$\{[^}\n]*\}?|\$\([^)\n]*\)?|\$[A-Za-z_][A-Za-z0-9_]*|\$.|`[^`\n]*`?)/.exec(text.slice(start, Math.min(limit, start + longestExpansion)));
	return start + (match ? match[0].length : 1);
}
