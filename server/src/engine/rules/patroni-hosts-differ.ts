import type { PatroniDocument, PatroniSection } from '../model/patroniDocument';
import type { Problem } from '../model/findings';
import type { PatroniRule } from './patroniRule';
import { checkedTargets } from './shared/patroniChecks';

/**
 * Patroni nodes of one etcd cluster that list different etcd endpoints: each still finds the others through the
 * member list, but a node whose list misses a member, or names a stale one, loses etcd sooner when members fail.
 * Likely a copy that was not updated: a warning.
 */
export const patroniHostsDiffer: PatroniRule = {
	id: 'patroni-hosts-differ',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const section of doc.sections) {
			const own = hostsKey(section);
			const field = section.fields.get('hosts');
			if (own === undefined || !field) continue;
			const other = ctx.peers.map(peer => ({ peer, section: peer.sections.find(s => s.api === section.api) }))
				.find(({ section: s }) => s !== undefined && hostsKey(s) !== undefined && hostsKey(s) !== own);
			if (!other?.section) continue;
			const msg = ctx.msg['patroni-hosts-differ'];
			problems.push({
				span: field.keySpan,
				message: msg.message(labelOf(other.peer), hostsKey(other.section)!.split('\n').join(', ')),
			});
		}
		return problems;
	},
};

function hostsKey(section: PatroniSection): string | undefined {
	if (section.fields.has('srv')) return undefined;
	const addresses = [...new Set(checkedTargets(section).map(target => `${target.scheme}://${target.address}`))].sort();
	return addresses.length > 0 ? addresses.join('\n') : undefined;
}

function labelOf(doc: PatroniDocument): string {
	return doc.name ?? doc.uri.split('/').slice(-2).join('/');
}
