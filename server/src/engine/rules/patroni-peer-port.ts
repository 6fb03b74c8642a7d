import { memberLabel, memberUrls } from '../cluster/patroniCluster';
import type { Problem } from '../model/findings';
import type { PatroniRule } from './patroniRule';
import { checkedTargets } from './shared/patroniChecks';

/**
 * An endpoint that is a member's peer URL: etcd's peer listener answers the raft and member-list requests of other
 * members, not the client API Patroni calls, so Patroni certainly cannot work there: an error.
 */
export const patroniPeerPort: PatroniRule = {
	id: 'patroni-peer-port',
	severity: 'error',
	check(doc, ctx) {
		const peers = ctx.members.flatMap(member => [
			...memberUrls(member, 'initial-advertise-peer-urls', 'http://localhost:2380'),
			...memberUrls(member, 'listen-peer-urls', 'http://localhost:2380'),
		]);
		const problems: Problem[] = [];
		for (const section of doc.sections) {
			for (const target of checkedTargets(section)) {
				const peer = peers.find(url => url.address === target.address);
				if (!peer) continue;
				const msg = ctx.msg['patroni-peer-port'];
				const name = memberLabel(peer.doc);
				problems.push({ span: target.endpoint.span, message: msg.message(target.endpoint.text, name), related: [{ doc: peer.doc, span: peer.span, message: msg.related(name) }] });
			}
		}
		return problems;
	},
};
