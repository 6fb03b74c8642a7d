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
		// Without a name, the member its advertised peer URL identifies (see memberView).
		const name = own.memberName;
		if (!name || !advertised || advertised.value === '' || hasTemplate(advertised.value)) return [];
		const told = splitList(advertised.value, true).map(p => normaliseUrl(p.text)).sort();
		const listing = ctx.siblings.map(memberFacts).filter(f => f.founding && f.list).map(f => ({
			facts: f,
			urls: parseInitialCluster(f.list!.value).filter(m => m.name === name).map(m => m.url),
		})).filter(l => l.urls.length > 0 && l.urls.map(normaliseUrl).sort().join(',') !== told.join(','));
		if (listing.length === 0) return [];
		const expected = listing[0].urls;
		const named = [...told, ...expected].some(url => !isIpLiteral(parseEtcdUrl(url, ctx.version).url?.host ?? '') && !url.includes('localhost'));
		const msg = ctx.msg['peer-url-disagreement'];
		// A URL copied from another member's file: that member is where it belongs.
		const owners = ctx.siblings.map(other => ({ other, setting: effectiveSetting(other, 'initial-advertise-peer-urls') }))
			.filter(({ setting }) => setting && !hasTemplate(setting.value) && splitList(setting.value, true).some(p => told.includes(normaliseUrl(p.text))));
		const taken = owners.map(({ other }) => msg.taken(memberFacts(other).memberName ?? other.uri.split('/').slice(-2).join('/'))).join('');
		return [{
			span: advertised.valueSpan,
			message: msg.message(name, told.join(', '), describeFiles(listing.map(l => l.facts), ctx.msg.and), listing.length, expected.join(', ')) + taken,
			severity: named ? 'warning' : undefined,
			related: [
				...listing.map(l => ({ doc: l.facts.doc, span: l.facts.list!.valueSpan, message: ctx.msg.theirList(l.facts.memberName) })),
				...owners.map(({ other, setting }) => ({ doc: other, span: setting!.valueSpan, message: msg.ownerRelated(memberFacts(other).memberName) })),
			],
			fixes: [{ title: msg.fix(expected.join(',')), preferred: true, changes: [replaceValue(doc, advertised, expected.join(','))] }],
		}];
	},
};
