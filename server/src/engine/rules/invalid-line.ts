import type { InvalidNode } from '../parsers/envFile';
import { intendedVariable } from './shared/syntaxChecks';
import { templateDecides } from '../model/configDocument';
import type { Fix, Problem, Rule, RuleContext } from './rule';
import { doubleQuote } from '../dialects/envQuoting';

/**
 * A line without `=`: systemd skips it without a word, a shell runs it as a command. In a template, what the
 * template decides is left to it (block tags alone on their lines are blank to the parser already).
 */
export const invalidLine: Rule = {
	id: 'invalid-line',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		return doc.env.nodes.flatMap((node, index) => {
			if (node.kind !== 'invalid') return [];
			const content = doc.text.slice(node.contentSpan.start, node.contentSpan.end);
			if (templateDecides(doc, node.contentSpan)) return [];
			const previous = doc.env.nodes[index - 1];
			return [previous?.kind === 'assignment' && afterCrlfBackslash(doc.text, node.span.start)
				? notJoinedProblem(node, ctx.msg['invalid-line'])
				: invalidLineProblem(node, content, ctx.msg['invalid-line'])];
		});
	},
};

function invalidLineProblem(node: InvalidNode, content: string, msg: RuleContext['msg']['invalid-line']): Problem {
	const start = node.contentSpan.start;
	// A comment ending in an escaping backslash would take the next line with it (systemd 252): no comment fix then.
	const comment: Fix[] = /(^|[^\\])(\\\\)*\\$/.test(content) ? [] : [{ title: msg.comment, changes: [{ span: { start, end: start }, newText: '# ' }] }];
	// `ETCD_NAME pg1`, `ETCD_NAME: pg1`, `--name pg1`, `name: pg1  # c`: an assignment written another way.
	const match = /^(--?[A-Za-z][\w-]*|[A-Za-z_][\w-]*)(?:[ \t]*:[ \t]*|[ \t]+)([^\s#].*?)(?:[ \t]+#.*)?[ \t]*$/.exec(content);
	const key = match && intendedVariable(match[1]);
	if (!match || !key) {
		return { span: node.contentSpan, message: msg.notAssignment, fixes: comment };
	}
	const value = /^(["']).*\1$/.test(match[2]) ? match[2] : doubleQuote(match[2]);
	return {
		span: node.contentSpan,
		message: msg.noEquals(key, value),
		fixes: [{ title: msg.write(`${key}=${value}`), preferred: true, changes: [{ span: node.contentSpan, newText: `${key}=${value}` }] }, ...comment],
	};
}

/** The line above ends in an escaping backslash before CRLF: meant to go on here, but systemd ends the value there. */
function afterCrlfBackslash(text: string, lineStart: number): boolean {
	if (text[lineStart - 1] !== '\n' || text[lineStart - 2] !== '\r') return false;
	let run = 0;
	while (text[lineStart - 3 - run] === '\\') run++;
	return run % 2 === 1;
}

function notJoinedProblem(node: InvalidNode, msg: RuleContext['msg']['invalid-line']): Problem {
	const cr = node.span.start - 2;
	return {
		span: node.contentSpan,
		message: msg.notJoined,
		fixes: [{ title: msg.removeCr, preferred: true, changes: [{ span: { start: cr, end: cr + 1 }, newText: '' }] }],
	};
}
