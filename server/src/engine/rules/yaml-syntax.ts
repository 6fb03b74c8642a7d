import type { Rule } from './rule';

/** YAML that does not parse, or a file whose top level is not a mapping: etcd stops before reading any option. */
export const yamlSyntax: Rule = {
	id: 'yaml-syntax',
	severity: 'error',
	check(doc, ctx) {
		return (doc.yaml?.errors ?? []).map(error => ({
			span: error.span,
			message: ctx.msg['yaml-syntax'].message(error.message.replace(/\s+at line \d+, column \d+:?$/, '')),
		}));
	},
};
