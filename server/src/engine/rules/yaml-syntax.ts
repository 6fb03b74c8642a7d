import { trimEndOf } from '../trailing';
import type { Rule } from './rule';

/** YAML that does not parse, or a file whose top level is not a mapping: etcd stops before reading any option. */
export const yamlSyntax: Rule = {
	id: 'yaml-syntax',
	severity: 'error',
	check(doc, ctx) {
		return (doc.yaml?.errors ?? []).map(error => ({
			span: error.span,
			message: ctx.msg['yaml-syntax'].message(withoutPosition(error.message)),
		}));
	},
};

/** The parser's message without its trailing "at line 3, column 5:" (the range says where); no /\s+…$/ backtracking. */
function withoutPosition(message: string): string {
	const tail = /at line \d+, column \d+:?$/.exec(message);
	const before = tail ? message.slice(0, tail.index) : '';
	return tail && /\s$/.test(before) ? trimEndOf(before, ' \t\n\r\f\v') : message;
}
