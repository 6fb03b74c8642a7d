import { templateDecides } from '../model/configDocument';
import type { AssignmentNode } from '../parsers/envFile';
import { intendedVariable } from './shared/syntaxChecks';
import type { Problem, Rule, RuleContext } from './rule';

type Words = RuleContext['msg']['invalid-key'];

/**
 * A name systemd refuses (`ETCD-NAME`, `ETCD NAME`: the line is dropped with an error in the unit's log), or a
 * lower-case `etcd_name` that systemd keeps but etcd never reads: it only scans variables starting with `ETCD_`.
 */
export const invalidKey: Rule = {
	id: 'invalid-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const msg = ctx.msg['invalid-key'];
		return doc.env.nodes.flatMap((node, index) => {
			if (node.kind !== 'assignment' || templateDecides(doc, node.nameSpan)) return [];
			// After a byte-order mark systemd reads line 1 as a key whatever it holds (`# NAME=x` too): the BOM is the cause.
			if (doc.env.hasBom && index === 0) return [];
			const problem = /^[A-Za-z_][A-Za-z0-9_]*$/.test(node.name) ? unreadName(node, msg) : invalidName(node, msg);
			return problem ? [problem] : [];
		});
	},
};

function invalidName(node: AssignmentNode, msg: Words): Problem {
	const intended = intendedVariable(node.name);
	return {
		span: node.nameSpan,
		message: msg.invalid(node.name, intended),
		fixes: intended ? [rename(node, intended, msg)] : undefined,
	};
}

/** Valid for systemd, but not what etcd (or Debian's unit, for DAEMON_ARGS) looks for. */
function unreadName(node: AssignmentNode, msg: Words): Problem | undefined {
	// The cheap tests first: almost every line is a plain ETCD_ variable.
	if (node.name.startsWith('ETCD_') || !/^etcd_|^daemon_args$/i.test(node.name)) return undefined;
	const intended = intendedVariable(node.name);
	if (!intended || intended === node.name) return undefined;
	return {
		span: node.nameSpan,
		message: msg.unread(intended === 'DAEMON_ARGS', node.name, intended),
		fixes: [rename(node, intended, msg)],
	};
}

function rename(node: AssignmentNode, intended: string, msg: Words) {
	return { title: msg.rename(intended), preferred: true, changes: [{ span: node.nameSpan, newText: intended }] };
}
