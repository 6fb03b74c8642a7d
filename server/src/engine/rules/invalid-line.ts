import type { Rule } from './rule';

/** A line without `=`: systemd skips it without a word, a shell runs it as a command. */
export const invalidLine: Rule = {
	id: 'invalid-line',
	severity: 'error',
	check(doc) {
		return doc.env.nodes.flatMap(node => node.kind !== 'invalid' ? [] : [{
			span: node.contentSpan,
			message: 'This line is not an assignment: systemd ignores it and a shell would run it as a command. Write KEY=value or start the line with #.',
			fixes: [{ title: 'Turn the line into a comment', changes: [{ span: { start: node.contentSpan.start, end: node.contentSpan.start }, newText: '# ' }] }],
		}]);
	},
};
