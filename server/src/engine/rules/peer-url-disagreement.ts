import { normaliseUrl } from '../cluster/groups';
import { describeFiles, memberFacts } from '../cluster/members';
import { isIpLiteral, parseEtcdUrl, parseInitialCluster, splitList } from '../etcd/urls';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/** The peer URLs this member advertises must be the ones the other members list for it. */
export const peerUrlDisagreement: Rule = {
	id: 'peer-url-disagreement',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		const advertised = effectiveSetting(doc, 'initial-advertise-peer-urls');
		if (!own.name || !advertised || advertised.value === '' || hasTemplate(advertised.value)) return [];
		const told = splitList(advertised.value, true).map(p => normaliseUrl(p.text)).sort();
		const listing = ctx.siblings.map(memberFacts).filter(f => f.founding && f.list).map(f => ({
			facts: f,
			urls: parseInitialCluster(f.list!.value).filter(m => m.name === own.name!.value).map(m => m.url),
		})).filter(l => l.urls.length > 0 && l.urls.map(normaliseUrl).sort().join(',') !== told.join(','));
		if (listing.length === 0) return [];
		const expected = listing[0].urls;
		const named = [...told, ...expected].some(url => !isIpLiteral(parseEtcdUrl(url, ctx.target).url?.host ?? '') && !url.includes('localhost'));
		return [{
			span: advertised.valueSpan,
			message: ctx.msg['peer-url-disagreement'].message(own.name.value, told.join(', '), describeFiles(listing.map(l => l.facts), ctx.msg.and), listing.length, expected.join(', ')),
			severity: named ? 'warning' : undefined,
			related: listing.map(l => ({ doc: l.facts.doc, span: l.facts.list!.valueSpan, message: ctx.msg.theirList(l.facts.name?.value) })),
			fixes: [{ title: ctx.msg['peer-url-disagreement'].fix(expected.join(',')), preferred: true, changes: [replaceValue(doc, advertised, expected.join(','))] }],
		}];
	},
};
