import { normaliseUrl } from '../cluster/groups';
import { memberFacts, type MemberFacts } from '../cluster/members';
import { urlList } from '../cluster/membership';
import { isIpLiteral, parseEtcdUrl, parseInitialCluster, type ClusterMember } from '../etcd/urls';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import type { Target } from '../etcd/versions';
import type { Problem, Rule, RuleContext } from './rule';
import { memberEntriesChange } from './shared/memberEntries';

/**
 * A member joining a running cluster (state `existing`) must list the running members at the peer URLs they
 * advertise, and every founding member: etcd fetches the running membership and refuses to start when the
 * lists differ. Each running member's own file says where it is.
 */
export const joinListMismatch: Rule = {
	id: 'join-list-mismatch',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		if (own.founding || !own.list) return [];
		const entries = parseInitialCluster(own.list.value);
		return ctx.siblings.map(memberFacts).flatMap(other => {
			const name = other.memberName;
			if (name === undefined || name === own.memberName) return [];
			const listed = entries.filter(m => m.name === name);
			if (listed.length === 0) return other.founding && other.pairs ? [missing(own, name, ctx)] : [];
			const problem = wrongUrls(doc, own, other, listed, ctx);
			return problem ? [problem] : [];
		});
	},
};

function missing(own: MemberFacts, name: string, ctx: RuleContext): Problem {
	return { span: own.list!.keySpan, message: ctx.msg['join-list-mismatch'].missing(name, own.list!.key) };
}

/** This file lists a running member at URLs that member's own file does not advertise. */
function wrongUrls(doc: ConfigDocument, own: MemberFacts, other: MemberFacts, listed: readonly ClusterMember[], ctx: RuleContext): Problem | undefined {
	const advertised = urlList(other.doc, 'initial-advertise-peer-urls', ctx.target);
	const told = advertised.pieces.map(p => p.text);
	const same = (urls: readonly string[]) => urls.map(normaliseUrl).sort().join(',');
	if (advertised.templated || told.length === 0 || same(told) === same(listed.map(m => m.url))) return undefined;
	const msg = ctx.msg['join-list-mismatch'];
	const name = other.memberName!;
	const list = own.list!;
	return {
		span: valueSubspan(list, listed[0].urlFrom, listed[0].urlTo),
		message: msg.wrongUrl(name, listed.map(m => m.url).join(', '), told.join(', '), list.key),
		// etcd compares host names through DNS: with one involved, the outcome is the world's.
		severity: [...told, ...listed.map(m => m.url)].some(url => named(url, ctx.target)) ? 'warning' : undefined,
		related: [{ doc: other.doc, span: advertised.setting?.valueSpan ?? other.list?.keySpan ?? { start: 0, end: 0 }, message: msg.related(name) }],
		fixes: [{ title: msg.use(told.join(',')), preferred: true, changes: [memberEntriesChange(doc, list, listed, told, name)] }],
	};
}

function named(url: string, version: Target): boolean {
	const host = parseEtcdUrl(url, version).url?.host ?? '';
	return host !== 'localhost' && !isIpLiteral(host);
}
