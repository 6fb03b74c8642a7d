import { advertisedClientUrls, memberLabel } from '../cluster/patroniCluster';
import type { Problem } from '../model/findings';
import type { PatroniRule } from './patroniRule';
import { checkedTargets } from './shared/patroniChecks';

/**
 * An endpoint at a member's advertised client address, spoken to in the other scheme: plain HTTP to a TLS
 * listener, or TLS to a plain one, fails every time: an error. The fix sets `protocol` where the hosts take it.
 */
export const patroniSchemeMismatch: PatroniRule = {
	id: 'patroni-scheme-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const advertised = advertisedClientUrls(ctx.members);
		const msg = ctx.msg['patroni-scheme-mismatch'];
		const problems: Problem[] = [];
		for (const section of doc.sections) {
			for (const target of checkedTargets(section)) {
				const same = advertised.filter(url => url.address === target.address);
				if (same.length === 0 || same.some(url => url.scheme === target.scheme)) continue;
				const name = memberLabel(same[0].doc);
				const byProtocol = target.field.key === 'hosts' || target.field.key === 'host';
				const protocol = section.fields.get('protocol');
				const fix = byProtocol && protocol && doc.format === 'yaml'
					? [{ title: msg.setProtocol(same[0].scheme), changes: [{ span: protocol.valueSpan, newText: same[0].scheme }], preferred: true }]
					: undefined;
				problems.push({
					span: target.endpoint.span,
					message: msg.message(target.endpoint.text, target.scheme, name, same.map(url => url.url).join(', ')) + (byProtocol ? msg.protocolHint(same[0].scheme) : ''),
					related: [{ doc: same[0].doc, span: same[0].span, message: msg.related(name) }],
					fixes: fix,
				});
			}
		}
		return problems;
	},
};
