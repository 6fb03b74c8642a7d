import { doubleQuote } from '../edits';
import type { InvalidNode } from '../syntax/envFile';
import { intendedVariable } from '../syntax/syntaxChecks';
import { hasTemplate } from '../templates';
import type { Fix, Problem, Rule } from './rule';

/**
 * A line without `=`: systemd skips it without a word, a shell runs it as a command. Template lines
 * (`{% if … %}`, `{{ extra }}`, `{# … #}`) are left to the template engine that renders the file.
 */
export const invalidLine: Rule = {
	id: 'invalid-line',
	severity: 'warning',
	check(doc) {
		return doc.env.nodes.flatMap(node => {
			if (node.kind !== 'invalid') return [];
			const content = doc.text.slice(node.contentSpan.start, node.contentSpan.end);
			return hasTemplate(content) ? [] : [invalidLineProblem(node, content)];
		});
	},
};

function invalidLineProblem(node: InvalidNode, content: string): Problem {
	const start = node.contentSpan.start;
	const comment: Fix = { title: 'Turn the line into a comment', changes: [{ span: { start, end: start }, newText: '# ' }] };
	// `ETCD_NAME pg1`, `ETCD_NAME: pg1`, `--name pg1`, `name: pg1  # c`: an assignment written another way.
	const match = /^(--?[A-Za-z][\w-]*|[A-Za-z_][\w-]*)(?:[ \t]*:[ \t]*|[ \t]+)([^\s#].*?)(?:[ \t]+#.*)?[ \t]*$/.exec(content);
	const key = match && intendedVariable(match[1]);
	if (!match || !key) {
		return { span: node.contentSpan, message: 'This line is not an assignment: systemd ignores it and a shell would run it as a command. Write KEY=value or start the line with #.', fixes: [comment] };
	}
	const value = /^(["']).*\1$/.test(match[2]) ? match[2] : doubleQuote(match[2]);
	return {
		span: node.contentSpan,
		message: `This line has no '=': systemd ignores it, so ${key} is not set, and a shell would run it as a command. Write ${key}=${value}.`,
		fixes: [{ title: `Write ${key}=${value}`, preferred: true, changes: [{ span: node.contentSpan, newText: `${key}=${value}` }] }, comment],
	};
}
