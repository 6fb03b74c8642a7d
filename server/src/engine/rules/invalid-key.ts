import { hasTemplate } from '../templates';
import type { AssignmentNode } from '../syntax/envFile';
import { intendedVariable } from '../syntax/syntaxChecks';
import type { Problem, Rule } from './rule';

/**
 * A name systemd refuses (`ETCD-NAME`, `ETCD NAME`: the line is dropped with an error in the unit's log), or a
 * lower-case `etcd_name` that systemd keeps but etcd never reads: it only scans variables starting with `ETCD_`.
 */
export const invalidKey: Rule = {
	id: 'invalid-key',
	severity: 'warning',
	check(doc) {
		return doc.env.nodes.flatMap(node => {
			if (node.kind !== 'assignment' || hasTemplate(doc.text.slice(node.span.start, node.span.end))) return [];
			const problem = /^[A-Za-z_][A-Za-z0-9_]*$/.test(node.name) ? unreadName(node) : invalidName(node);
			return problem ? [problem] : [];
		});
	},
};

function invalidName(node: AssignmentNode): Problem {
	const intended = intendedVariable(node.name);
	return {
		span: node.nameSpan,
		message: `'${node.name}' is not a valid variable name (letters, digits and '_', not starting with a digit), so systemd drops this line with an error and etcd never sees it: ${intended ? `write ${intended}` : 'rename it'}.`,
		fixes: intended ? [rename(node, intended)] : undefined,
	};
}

/** Valid for systemd, but not what etcd (or Debian's unit, for DAEMON_ARGS) looks for. */
function unreadName(node: AssignmentNode): Problem | undefined {
	// The cheap tests first: almost every line is a plain ETCD_ variable.
	if (node.name.startsWith('ETCD_') || !/^etcd_|^daemon_args$/i.test(node.name)) return undefined;
	const intended = intendedVariable(node.name);
	if (!intended || intended === node.name) return undefined;
	const reader = intended === 'DAEMON_ARGS' ? 'Debian\'s unit passes only DAEMON_ARGS to etcd' : 'etcd reads only variables starting with upper-case ETCD_';
	return {
		span: node.nameSpan,
		message: `${reader}, so ${node.name} is ignored without a word: write ${intended}.`,
		fixes: [rename(node, intended)],
	};
}

function rename(node: AssignmentNode, intended: string) {
	return { title: `Rename to ${intended}`, preferred: true, changes: [{ span: node.nameSpan, newText: intended }] };
}
