import { doubleQuote, insertLinesBefore, removeSpan } from '../edits';
import type { ConfigDocument } from '../model';
import type { Fix, Problem, TextChange } from '../rules/rule';
import type { Span } from '../text';
import type { AssignmentNode, CommentNode } from './envFile';
import { blanksAfter, blanksBefore, lineEndAt, readsTheSame, shown } from './syntaxChecks';

/*
 * One problem per kind of shell difference (README §4.3): what systemd's EnvironmentFile= reads, what
 * `set -a; . file` reads, and the edit that makes both agree. Used by the shell-difference rule.
 */

const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function bomProblem(doc: ConfigDocument): Problem {
	const span = { start: 0, end: 1 };
	const first = doc.env.nodes[0];
	const lost = first?.kind === 'assignment' && !first.exportSpan && validName.test(first.name) ? first.name : undefined;
	return {
		span,
		message: lost
			? `The file starts with a UTF-8 byte-order mark, which systemd and a shell both read as part of the name ${lost}, so line 1 sets nothing: save the file without the BOM.`
			: 'The file starts with a UTF-8 byte-order mark, which systemd and a shell both read as part of line 1, so an assignment there would be lost: save the file without the BOM.',
		fixes: [{ title: 'Remove the byte-order mark', preferred: true, safe: !lost, changes: [removeSpan(span)] }],
	};
}

export function crlfProblem(span: Span): Problem {
	return {
		span,
		message: 'This file has CRLF (Windows) line ends: systemd reads them as plain line ends, but a shell sourcing the file keeps a carriage return at the end of every value; save it with LF line ends.',
	};
}

export function exportProblem(node: AssignmentNode, exportSpan: Span): Problem {
	return {
		span: { start: exportSpan.start, end: exportSpan.start + 'export'.length },
		message: `systemd takes 'export ${node.name}' for the name, which is not valid, and drops the line, while a shell sets ${node.name}: remove 'export' (set -a exports every variable anyway).`,
		unnecessary: true,
		fixes: [{ title: `Remove 'export' (systemd then sets ${node.name})`, preferred: true, changes: [removeSpan(exportSpan)] }],
	};
}

export function blanksProblem(doc: ConfigDocument, node: AssignmentNode): Problem {
	const before = node.equalsOffset > node.nameSpan.end;
	const after = node.pieces.length > 0 && node.valueSpan.start > node.equalsOffset + 1;
	const changes: TextChange[] = [];
	if (before) changes.push(removeSpan({ start: node.nameSpan.end, end: node.equalsOffset }));
	if (after) changes.push(removeSpan({ start: node.equalsOffset + 1, end: node.valueSpan.start }));
	return {
		span: { start: before ? node.nameSpan.end : node.equalsOffset, end: after ? node.valueSpan.start : node.equalsOffset + 1 },
		message: before
			? `systemd ignores the blanks around '=', but a shell runs ${node.name} as a command and leaves the variable unset: remove the blanks.`
			: `systemd skips the blanks after '=' and sets ${node.name} to ${shown(node.value)}, but a shell ends the assignment at the blank, so ${node.name} does not get that value: remove the blanks.`,
		fixes: [{ title: 'Remove the blanks around \'=\'', preferred: true, safe: readsTheSame(doc.text, changes), changes }],
	};
}

export function inlineCommentProblem(doc: ConfigDocument, node: AssignmentNode, span: Span): Problem {
	const comment = doc.text.slice(span.start, span.end);
	const cut = blanksBefore(doc.text, span.start);
	const kept = node.value.slice(0, node.valueOffsets.slice(0, -1).filter(offset => offset < cut).length);
	const changes = [insertLinesBefore(doc.text, node.nameSpan.start, [comment]), removeSpan({ start: cut, end: blanksAfter(doc.text, span.end) })];
	return {
		span,
		message: `systemd has no end-of-line comments: it keeps ${shown(comment)} in the value (${node.name} is ${shown(node.value)}), while a shell drops it: put the comment on its own line.`,
		fixes: [{ title: `Move the comment to its own line (${node.name} becomes ${shown(kept)})`, preferred: true, changes }],
	};
}

export function semicolonProblem(doc: ConfigDocument, node: AssignmentNode, span: Span): Problem {
	const trailing = node.valueOffsets[node.value.length - 1] === span.start;
	const fix: Fix | undefined = trailing
		? { title: `Remove the ';' (${node.name} becomes ${shown(node.value.slice(0, -1))})`, preferred: true, changes: [removeSpan(span)] }
		: quoteFix(doc, node);
	return {
		span,
		message: `systemd keeps the ';' in the value (${node.name} is ${shown(node.value)}), while a shell ends the assignment at it: ${trailing ? 'remove the \';\'' : 'quote the value'}.`,
		fixes: fix ? [fix] : undefined,
	};
}

export function blankProblem(doc: ConfigDocument, node: AssignmentNode, span: Span): Problem {
	const fix = quoteFix(doc, node);
	return {
		span,
		message: `systemd sets ${node.name} to ${shown(node.value)}, but a shell ends the value at this blank, runs the rest as a command and leaves ${node.name} unset: quote the value.`,
		fixes: fix ? [fix] : undefined,
	};
}

/** Not for a value with a trailing comment: quoting would freeze the comment into it for the shell too. */
function quoteFix(doc: ConfigDocument, node: AssignmentNode): Fix | undefined {
	const commented = doc.env.shellDifferences.some(d => d.kind === 'inline-comment' && d.span.start >= node.span.start && d.span.end <= node.span.end);
	if (commented) return undefined;
	const changes = [{ span: node.valueSpan, newText: doubleQuote(node.value) }];
	return { title: 'Quote the value', preferred: true, safe: readsTheSame(doc.text, changes), changes };
}

export function expansionProblem(doc: ConfigDocument, span: Span): Problem {
	const written = doc.text.slice(span.start, span.end);
	const command = written.startsWith('$(') || written.startsWith('`');
	const backticks = [...written].flatMap((c, i) => c === '`' ? [span.start + i] : []);
	const escapes = (written.startsWith('$') ? [span.start] : backticks).map(offset => ({ span: { start: offset, end: offset }, newText: '\\' }));
	return {
		span,
		message: `systemd hands ${shown(written)} to etcd literally, while a shell ${command ? 'runs the command and puts its output there' : 'puts the variable\'s value there'}: write the value itself.`,
		fixes: [{ title: `Escape it, so that both read ${shown(written)} literally`, changes: escapes }],
	};
}

export function semicolonCommentProblem(doc: ConfigDocument, node: CommentNode): Problem {
	const marker = doc.text.indexOf(';', node.span.start);
	return {
		span: { start: marker, end: lineEndAt(doc.text, marker) },
		message: 'systemd reads a line starting with \';\' as a comment, but a shell stops at it with a syntax error and skips the rest of the file: start the comment with \'#\'.',
		fixes: [{ title: 'Start the comment with \'#\'', preferred: true, safe: true, changes: [{ span: { start: marker, end: marker + 1 }, newText: '#' }] }],
	};
}

/** Only a comment whose last backslash escapes an LF, followed by an assignment, loses anything. */
export function commentContinuationProblem(doc: ConfigDocument, node: CommentNode): Problem | undefined {
	const end = lineEndAt(doc.text, node.span.start);
	const next = doc.env.nodes.find(other => other.span.start === node.span.end);
	if ((/\\+$/.exec(node.text)?.[0].length ?? 0) % 2 === 0 || doc.text[end] === '\r' && doc.text[end + 1] === '\n') return undefined;
	if (next?.kind !== 'assignment') return undefined;
	const span = { start: end - 1, end };
	return {
		span,
		message: `This comment ends in a backslash: systemd before 254 (Debian 12, RHEL 9) also treats the next line as comment and never sets ${next.name}, while newer systemd and a shell do: remove the backslash.`,
		fixes: [{ title: 'Remove the backslash', preferred: true, changes: [removeSpan(span)] }],
	};
}
