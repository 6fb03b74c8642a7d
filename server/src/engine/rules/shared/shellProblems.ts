import { lineNumber, type ConfigDocument } from '../../model/configDocument';
import type { Fix, Problem, RuleContext, TextChange } from '../rule';
import type { Span } from '../../text/lineIndex';
import { parseEnvFile, type AssignmentNode, type CommentNode, type EnvFile } from '../../parsers/envFile';
import { shown } from './syntaxChecks';
import { doubleQuote } from '../../dialects/envQuoting';
import { insertLinesBefore, removeSpan } from '../../text/lineEdits';
import { blanksAfter, blanksBefore, lineEndAt } from '../../text/lineScan';
import { nodeIndexAt, safeIfReadsTheSame } from './readsTheSame';

/*
 * One problem per kind of shell difference: what systemd's EnvironmentFile= reads, what
 * `set -a; . file` reads, and the edit that makes both agree. Used by the shell-difference rule.
 */

const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The shell-difference rule's texts in the file's language. */
type Words = RuleContext['msg']['shell-difference'];

export function bomProblem(doc: ConfigDocument, msg: Words): Problem {
	const span = { start: 0, end: 1 };
	const first = doc.env.nodes[0];
	const lost = first?.kind === 'assignment' && !first.exportSpan && validName.test(first.name) ? first.name : undefined;
	return {
		span,
		message: lost
			? msg.bomLost(lost)
			: msg.bom,
		// Never among the safe fixes: fix-all and --fix keep a file's byte-order mark as they keep its line ends.
		fixes: [{ title: msg.removeBom, preferred: true, changes: [removeSpan(span)] }],
	};
}

/** `span` is the file's first CR: with an LF after it the file has CRLF line ends, else lone CRs. */
export function crlfProblem(doc: ConfigDocument, span: Span, msg: Words): Problem {
	return {
		span,
		message: doc.text[span.end] === '\n' ? msg.crlf : msg.cr,
	};
}

/** A backslash before CRLF, meant to continue the value: systemd takes the CR as the escaped character. */
export function crlfBackslashProblem(doc: ConfigDocument, node: AssignmentNode, span: Span, msg: Words): Problem {
	const quoted = node.pieces.some(piece => piece.kind === 'double' && piece.span.start < span.start && span.start < piece.span.end);
	return {
		span,
		message: msg.crlfBackslash(node.name, lineNumber(doc, span.end) + 1, quoted, shown(node.value)),
		fixes: [{ title: msg.removeCr, preferred: true, changes: [removeSpan({ start: span.end - 1, end: span.end })] }],
	};
}

export function exportProblem(node: AssignmentNode, exportSpan: Span, msg: Words): Problem {
	return {
		span: { start: exportSpan.start, end: exportSpan.start + 'export'.length },
		message: msg.export(node.name),
		unnecessary: true,
		fixes: [{ title: msg.removeExport(node.name), preferred: true, changes: [removeSpan(exportSpan)] }],
	};
}

export function blanksProblem(doc: ConfigDocument, node: AssignmentNode, msg: Words): Problem {
	const before = node.equalsOffset > node.nameSpan.end;
	const after = node.pieces.length > 0 && node.valueSpan.start > node.equalsOffset + 1;
	const changes: TextChange[] = [];
	if (before) changes.push(removeSpan({ start: node.nameSpan.end, end: node.equalsOffset }));
	if (after) changes.push(removeSpan({ start: node.equalsOffset + 1, end: node.valueSpan.start }));
	return {
		span: { start: before ? node.nameSpan.end : node.equalsOffset, end: after ? node.valueSpan.start : node.equalsOffset + 1 },
		message: before
			? msg.blanksBefore(node.name)
			: msg.blanksAfter(node.name, shown(node.value)),
		fixes: [safeIfReadsTheSame(doc, msg.removeBlanks, changes)],
	};
}

export function inlineCommentProblem(doc: ConfigDocument, node: AssignmentNode, span: Span, msg: Words): Problem {
	const comment = doc.text.slice(span.start, span.end);
	const cut = blanksBefore(doc.text, span.start);
	const kept = node.value.slice(0, node.valueOffsets.slice(0, -1).filter(offset => offset < cut).length);
	const changes = [insertLinesBefore(doc.text, node.nameSpan.start, [comment]), removeSpan({ start: cut, end: blanksAfter(doc.text, span.end) })];
	return {
		span,
		message: msg.inlineComment(shown(comment), node.name, shown(node.value)),
		fixes: [{ title: msg.moveComment(node.name, shown(kept)), preferred: true, changes }],
	};
}

export function semicolonProblem(doc: ConfigDocument, node: AssignmentNode, span: Span, msg: Words): Problem {
	const trailing = node.valueOffsets[node.value.length - 1] === span.start;
	const fix: Fix | undefined = trailing
		? { title: msg.removeSemicolon(node.name, shown(node.value.slice(0, -1))), preferred: true, changes: [removeSpan(span)] }
		: quoteFix(doc, node, msg);
	return {
		span,
		message: msg.semicolon(node.name, shown(node.value), trailing),
		fixes: fix ? [fix] : undefined,
	};
}

export function blankProblem(doc: ConfigDocument, node: AssignmentNode, span: Span, msg: Words): Problem {
	const fix = quoteFix(doc, node, msg);
	return {
		span,
		message: msg.blank(node.name, shown(node.value)),
		fixes: fix ? [fix] : undefined,
	};
}

/** Not for a value with a trailing comment: quoting would freeze the comment into it for the shell too. */
function quoteFix(doc: ConfigDocument, node: AssignmentNode, msg: Words): Fix | undefined {
	if (commentedNodes(doc.env).has(node.span.start)) return undefined;
	return safeIfReadsTheSame(doc, msg.quote, [{ span: node.valueSpan, newText: doubleQuote(node.value) }]);
}

const commented = new WeakMap<EnvFile, ReadonlySet<number>>();

/** Where the assignments with an inline comment start: worked out once per file, not once per finding. */
function commentedNodes(env: EnvFile): ReadonlySet<number> {
	let starts = commented.get(env);
	if (starts) return starts;
	starts = new Set(env.shellDifferences.filter(d => d.kind === 'inline-comment').flatMap(d => {
		const node = env.nodes[nodeIndexAt(env.nodes, d.span.start)];
		return node && d.span.end <= node.span.end ? [node.span.start] : [];
	}));
	commented.set(env, starts);
	return starts;
}

export function expansionProblem(doc: ConfigDocument, span: Span, msg: Words): Problem {
	const written = doc.text.slice(span.start, span.end);
	const command = written.startsWith('$(') || written.startsWith('`');
	const backticks = [...written].flatMap((c, i) => c === '`' ? [span.start + i] : []);
	const escapes = (written.startsWith('$') ? [span.start] : backticks).map(offset => ({ span: { start: offset, end: offset }, newText: '\\' }));
	return {
		span,
		message: msg.expansion(shown(written), command),
		fixes: [{ title: msg.escape(shown(written)), changes: escapes }],
	};
}

export function semicolonCommentProblem(doc: ConfigDocument, node: CommentNode, msg: Words): Problem {
	const marker = doc.text.indexOf(';', node.span.start);
	return {
		span: { start: marker, end: lineEndAt(doc.text, marker) },
		message: msg.semicolonComment,
		fixes: [{ title: msg.hashComment, preferred: true, safe: true, changes: [{ span: { start: marker, end: marker + 1 }, newText: '#' }] }],
	};
}

/**
 * A comment whose last backslash escapes its line end: systemd 252 reads the next line as comment too (and the line
 * after that when this one also ends so). Only worth a word when a swallowed line sets a variable on newer systemd.
 */
export function commentContinuationProblem(doc: ConfigDocument, node: CommentNode, msg: Words): Problem | undefined {
	if (!node.swallowed) return undefined;
	// Each line as newer systemd reads it: on its own, a comment there ending the same way included.
	const lost = doc.text.slice(node.swallowed.start, node.swallowed.end).split(/\r\n|\r|\n/).flatMap(line => parseEnvFile(line).nodes)
		.flatMap(other => other.kind === 'assignment' && other.validName ? [other.name] : []);
	if (lost.length === 0) return undefined;
	const backslashes = continuationBackslashes(doc.text, node.span);
	const first = lineNumber(doc, node.swallowed.start);
	const last = lineNumber(doc, node.swallowed.end - 1);
	return {
		span: backslashes[0],
		message: msg.commentContinuation([...new Set(lost)].join(', '), first, last),
		fixes: [{ title: msg.removeBackslash, preferred: true, changes: backslashes.map(removeSpan) }],
	};
}

/** The backslashes that carry a comment over its line ends: the last of an odd run before an LF or a lone CR. */
function continuationBackslashes(text: string, span: Span): Span[] {
	const found: Span[] = [];
	for (let i = span.start; i < span.end; i++) {
		const lineEnd = text[i] === '\n' ? text[i - 1] !== '\r' : text[i] === '\r' && text[i + 1] !== '\n';
		if (!lineEnd) continue;
		let run = 0;
		while (i - run > span.start && text[i - run - 1] === '\\') run++;
		if (run % 2 === 1) found.push({ start: i - 1, end: i });
	}
	return found;
}
