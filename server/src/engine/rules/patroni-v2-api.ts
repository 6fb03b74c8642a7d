import { effectiveSetting } from '../dialects/effective';
import type { ConfigDocument } from '../model/configDocument';
import type { Fix, Problem } from '../model/findings';
import type { PatroniDocument } from '../model/patroniDocument';
import type { PatroniRule, PatroniRuleContext } from './patroniRule';
import { memberTarget, namesOf, reachedMembers } from './shared/patroniChecks';
import { isTrue } from './shared/urlChecks';

/**
 * Patroni's `etcd:` section speaks the v2 API (the python-etcd client, v4.1.4:patroni/dcs/etcd.py:17,141). etcd
 * 3.4 and 3.5 serve it only with enable-v2 (default false, v3.5.33:server/embed/config.go), 3.6 removed it. No
 * member serving it: Patroni certainly fails, an error; some: a warning; all: information, for the move to v3.
 */
export const patroniV2Api: PatroniRule = {
	id: 'patroni-v2-api',
	severity: 'error',
	check(doc, ctx) {
		const section = doc.sections.find(s => s.api === 'etcd');
		if (!section || ctx.members.length === 0) return [];
		const members = reachedMembers(section, ctx.members);
		const msg = ctx.msg['patroni-v2-api'];
		const removed = members.filter(member => memberTarget(member, ctx.target).minor >= '3.6');
		const off = members.filter(member => !removed.includes(member) && !servesV2(member));
		const fixes = switchFix(doc, ctx);
		const problem = (message: string, severity: Problem['severity']): Problem[] => [{ span: section.keySpan, message, severity, fixes }];
		if (removed.length + off.length === members.length) {
			return removed.length > 0
				? problem(msg.removed(namesOf(removed, ctx.msg.and), memberTarget(removed[0], ctx.target).minor), 'error')
				: problem(msg.off(namesOf(off, ctx.msg.and)), 'error');
		}
		if (removed.length + off.length > 0) return problem(msg.someOff(namesOf([...removed, ...off], ctx.msg.and)), 'warning');
		return problem(msg.deprecated, 'information');
	},
};

function servesV2(member: ConfigDocument): boolean {
	return effectiveSetting(member, 'enable-v2') !== undefined && isTrue(member, 'enable-v2');
}

/** Renames the section (`etcd:` → `etcd3:`, `PATRONI_ETCD_` → `PATRONI_ETCD3_`), unless an etcd3 section exists. */
function switchFix(doc: PatroniDocument, ctx: PatroniRuleContext): Fix[] | undefined {
	const section = doc.sections.find(s => s.api === 'etcd');
	if (!section || doc.sections.some(s => s.api === 'etcd3')) return undefined;
	const changes = doc.format === 'yaml'
		? [{ span: section.keySpan, newText: 'etcd3' }]
		: [...section.fields.values()].map(field => ({ span: { start: field.keySpan.start, end: field.keySpan.start + 'PATRONI_ETCD'.length }, newText: 'PATRONI_ETCD3' }));
	return [{ title: ctx.msg['patroni-v2-api'].switch, changes }];
}
