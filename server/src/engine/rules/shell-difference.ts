import { nodeIndexAt } from './shared/readsTheSame';
import { templateDecides, type ConfigDocument } from '../model/configDocument';
import type { EnvNode } from '../parsers/envFile';
import type { ShellDifference } from '../parsers/shellDifferences';
import * as build from './shared/shellProblems';
import type { Problem, Rule, RuleContext } from './rule';
import { overlaps } from '../text/lineIndex';

/**
 * Lines that systemd's EnvironmentFile= and a shell sourcing the file (`set -a; . file`) read differently.
 * A continued line reads the same in both; a line without `=`, a bad name and an open quote have rules of their own.
 */
export const shellDifference: Rule = {
	id: 'shell-difference',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const problems: Problem[] = [];
		// What each line already reported: a difference lies inside its line, so only those can repeat it.
		const reported = new Map<EnvNode | undefined, { kind: string; problem: Problem }[]>();
		for (const difference of doc.env.shellDifferences) {
			const node = nodeHolding(doc.env.nodes, difference.span.start);
			// Blanks on both sides of `=` make one problem, the scanner reports a closing backtick again, and a
			// shell stops at the first unquoted blank: one problem per line for those.
			const repeated = reported.get(node)?.some(r => r.kind === difference.kind
				&& (overlaps(r.problem.span, difference.span) || difference.kind === 'unquoted-blank'));
			if (repeated || (node && ignored(doc, node, difference))) continue;
			const problem = problemFor(doc, difference, node, ctx.msg['shell-difference']);
			if (!problem) continue;
			problems.push(problem);
			const ofNode = reported.get(node);
			if (ofNode) ofNode.push({ kind: difference.kind, problem }); else reported.set(node, [{ kind: difference.kind, problem }]);
		}
		return problems;
	},
};

function problemFor(doc: ConfigDocument, { kind, span }: ShellDifference, node: EnvNode | undefined, msg: RuleContext['msg']['shell-difference']): Problem | undefined {
	if (kind === 'bom') return build.bomProblem(doc, msg);
	if (kind === 'crlf') return build.crlfProblem(doc, span, msg);
	if (node?.kind === 'comment') {
		if (kind === 'semicolon-comment') return build.semicolonCommentProblem(doc, node, msg);
		if (kind === 'comment-continuation') return build.commentContinuationProblem(doc, node, msg);
	}
	if (node?.kind !== 'assignment') return undefined;
	switch (kind) {
		case 'export': return node.exportSpan && build.exportProblem(node, node.exportSpan, msg);
		case 'blank-around-equals': return build.blanksProblem(doc, node, msg);
		case 'inline-comment': return build.inlineCommentProblem(doc, node, span, msg);
		case 'semicolon': return build.semicolonProblem(doc, node, span, msg);
		case 'unquoted-blank': return build.blankProblem(doc, node, span, msg);
		case 'expansion': return build.expansionProblem(doc, span, msg);
		case 'crlf-backslash': return build.crlfBackslashProblem(doc, node, span, msg);
		default: return undefined;
	}
}

/** The node whose span holds the offset (a binary search: a file has a difference on every line at worst). */
function nodeHolding(nodes: readonly EnvNode[], offset: number): EnvNode | undefined {
	const node = nodes[nodeIndexAt(nodes, offset)];
	return node && offset < node.span.end ? node : undefined;
}

/** Differences that read the same (continued lines) or that rules of their own report. */
const otherRules = new Set<string>(['continuation', 'invalid-name', 'no-equals', 'unterminated-quote']);

/** Agreed continuations, other rules' findings, lines systemd drops anyway, and what a template renders. */
function ignored(doc: ConfigDocument, node: EnvNode, difference: ShellDifference): boolean {
	if (otherRules.has(difference.kind)) return true;
	if (node.kind !== 'assignment' || difference.kind === 'crlf' || difference.kind === 'bom') return false;
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(node.name) || node.pieces.some(p => !p.closed && overlaps(p.span, difference.span))) return true;
	// A `#` after a template still starts a comment; only where the `#` itself sits matters.
	const probe = difference.kind === 'inline-comment' ? { start: difference.span.start, end: difference.span.start + 1 } : difference.span;
	return templateDecides(doc, probe);
}
