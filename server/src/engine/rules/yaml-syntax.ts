import { trimEndOf } from '../text/trailing';
import type { Problem, Rule } from './rule';

/**
 * YAML that does not parse, or a file whose top level is not a mapping: etcd stops before reading any option. A
 * second document is only a warning: etcd reads the first and ignores the rest.
 */
export const yamlSyntax: Rule = {
	id: 'yaml-syntax',
	severity: 'error',
	sees: 'written',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-syntax'];
		const problems: Problem[] = (doc.yaml?.errors ?? []).map(error => ({
			span: error.span,
			message: msg.message(error.kind === 'parser' ? msg.parser(withoutPosition(error.message)) : msg[error.kind]),
		}));
		const later = doc.yaml?.laterDocuments;
		// etcd starts with such a file, so this is a warning: the likely mistake is settings that never take effect.
		if (later) problems.push({ span: later, message: msg.laterDocuments, severity: 'warning' });
		return problems;
	},
};

/** The parser's message without its trailing "at line 3, column 5:" (the range says where); no /\s+…$/ backtracking. */
function withoutPosition(message: string): string {
	const tail = /at line \d+, column \d+:?$/.exec(message);
	const before = tail ? message.slice(0, tail.index) : '';
	return tail && /\s$/.test(before) ? trimEndOf(before, ' \t\n\r\f\v') : message;
}
