import type { PatroniDocument, PatroniSection } from '../model/patroniDocument';
import type { Problem } from '../model/findings';
import type { PatroniRule } from './patroniRule';
import { checkedTargets } from './shared/patroniChecks';
import { isOddOneOut } from '../cluster/members';
import { tally } from '../cluster/perCluster';

/**
 * Patroni nodes of one etcd cluster that list different etcd endpoints: each still finds the others through the
 * member list, but a node whose list misses a member, or names a stale one, loses etcd sooner when members fail.
 * Likely a copy that was not updated: a warning, on the files whose list fewer nodes share (every side of a tie).
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
			const others = ctx.peers.map(peer => ({ peer, key: keyOf(peer, section.api) })).filter(o => o.key !== undefined);
			const counts = tally([own, ...others.map(o => o.key!)], key => key).counts;
			if (!isOddOneOut(own, counts)) continue;
			const other = others.find(o => o.key !== own && counts.get(o.key!) === Math.max(...counts.values())) ?? others.find(o => o.key !== own);
			if (!other) continue;
			const msg = ctx.msg['patroni-hosts-differ'];
			problems.push({
				span: field.keySpan,
				message: msg.message(labelOf(other.peer), other.key!.split('\n').join(', ')),
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

function keyOf(doc: PatroniDocument, api: PatroniSection['api']): string | undefined {
	const section = doc.sections.find(s => s.api === api);
	return section && hostsKey(section);
}

function labelOf(doc: PatroniDocument): string {
	return doc.name ?? doc.uri.split('/').slice(-2).join('/');
}
