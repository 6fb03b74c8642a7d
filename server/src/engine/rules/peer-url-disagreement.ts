import { ConfigDocument } from '../model/configDocument';
import { normaliseUrl } from '../cluster/groups';
import { describeFiles, memberFacts, type MemberFacts } from '../cluster/members';
import { perCluster } from '../cluster/perCluster';
import { isIpLiteral, parseEtcdUrl, parseInitialCluster, splitList } from '../etcd/urls';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { maxRelated, someRelated } from './related';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';

/** What one founding member's list says about one member: its peer URLs as written, and normalised for comparing. */
interface Listing {
	readonly facts: MemberFacts;
	readonly urls: readonly string[];
	readonly key: string;
	/** The member's place in the cluster, in uri order. */
	readonly index: number;
}

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
		const toldKey = told.join(',');
		// By the URLs they give this member: in a cluster of thousands of copies all say one thing, looked at once.
		const byUrls = perCluster(doc, ctx.siblings, 'listings by name', listingsByName).get(name) ?? new Map<string, Listing[]>();
		const others = [...byUrls].filter(([key]) => key !== toldKey).map(([, listings]) => listings);
		// This member's own list may say something else about it too: that is advertise-peer-mismatch's finding.
		const first = others.flatMap(listings => listings.slice(0, maxRelated + 1)).filter(l => l.facts.doc !== doc).sort((a, b) => a.index - b.index);
		const ownListing = own.founding && own.list ? listingKeys(own.list.value).get(name) : undefined;
		const total = others.reduce((sum, listings) => sum + listings.length, 0) - (ownListing !== undefined && ownListing !== toldKey ? 1 : 0);
		if (total === 0) return [];
		const listing = first.slice(0, maxRelated);
		const expected = listing[0].urls;
		const named = [...told, ...expected].some(url => !isIpLiteral(parseEtcdUrl(url, ctx.target).url?.host ?? '') && !url.includes('localhost'));
		const msg = ctx.msg['peer-url-disagreement'];
		// A URL copied from another member's file: that member is where it belongs (the first few are named).
		const advertisers = perCluster(doc, ctx.siblings, 'advertisers by URL', advertisersByUrl);
		const owners = firstOwners(told.map(url => advertisers.get(url) ?? []), doc);
		const taken = owners.map(other => msg.taken(memberFacts(other).memberName ?? other.uri.split('/').slice(-2).join('/'))).join('');
		const related = someRelated(total, listing, l => ({ doc: l.facts.doc, span: l.facts.list!.valueSpan, message: ctx.msg.theirList(l.facts.memberName) }));
		return [{
			span: advertised.valueSpan,
			message: msg.message(name, told.join(', '), describeFiles(listing.map(l => l.facts), ctx.msg, total), total, expected.join(', ')) + taken,
			severity: named ? 'warning' : undefined,
			...related,
			related: [
				...related.related,
				...owners.map(other => ({ doc: other, span: effectiveSetting(other, 'initial-advertise-peer-urls')!.valueSpan, message: msg.ownerRelated(memberFacts(other).memberName) })),
			],
			fixes: [{ title: msg.fix(expected.join(',')), preferred: true, changes: [replaceValue(doc, advertised, expected.join(','))] }],
		}];
	},
};

/** How many members whose advertised peer URL this member copied are named. */
const namedOwners = 3;

/** The members of a cluster by the peer URLs they advertise, normalised. */
function advertisersByUrl(members: readonly ConfigDocument[]): Map<string, ConfigDocument[]> {
	const found = new Map<string, ConfigDocument[]>();
	for (const member of members) {
		const setting = effectiveSetting(member, 'initial-advertise-peer-urls');
		if (!setting || hasTemplate(setting.value)) continue;
		for (const piece of splitList(setting.value, true)) {
			const url = normaliseUrl(piece.text);
			const same = found.get(url);
			if (same) same.push(member); else found.set(url, [member]);
		}
	}
	return found;
}

/** For each member name, what the founding members' lists say about it, grouped by the URLs they give. */
function listingsByName(members: readonly ConfigDocument[]): Map<string, Map<string, Listing[]>> {
	const found = new Map<string, Map<string, Listing[]>>();
	members.map(memberFacts).forEach((facts, index) => {
		if (!facts.founding || !facts.list) return;
		for (const [name, urls] of urlsByName(facts.list.value)) {
			const listing = { facts, urls, key: keyOf(urls), index };
			const byUrls = found.get(name) ?? new Map<string, Listing[]>();
			found.set(name, byUrls);
			const list = byUrls.get(listing.key);
			if (list) list.push(listing); else byUrls.set(listing.key, [listing]);
		}
	});
	return found;
}

/** The peer URLs a cluster list gives each member name, as written. */
function urlsByName(list: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const member of parseInitialCluster(list)) found.set(member.name, [...found.get(member.name) ?? [], member.url]);
	return found;
}

/** The same, as the normalised and sorted URLs that are compared. */
function listingKeys(list: string): Map<string, string> {
	return new Map([...urlsByName(list)].map(([name, urls]) => [name, keyOf(urls)]));
}

function keyOf(urls: readonly string[]): string {
	return urls.map(normaliseUrl).sort().join(',');
}

/** The first few other files that advertise these URLs: only those are named, of thousands that may. */
function firstOwners(advertisers: readonly (readonly ConfigDocument[])[], doc: ConfigDocument): ConfigDocument[] {
	const owners = new Set<ConfigDocument>();
	for (const files of advertisers) {
		for (const other of files) {
			if (owners.size === namedOwners) return [...owners];
			if (other !== doc) owners.add(other);
		}
	}
	return [...owners];
}
