import type { ConfigDocument } from '../model/configDocument';
import { effectiveSetting, effectiveValue } from '../dialects/effective';
import { splitList } from '../etcd/urls';
import { groupClusters, normaliseUrl } from './groups';
import { memberFacts } from './members';
import { rememberSiblings } from './perCluster';

/** Each document's cluster, by uri (the document included). */
export type ClusterIndex = ReadonlyMap<string, readonly ConfigDocument[]>;

/** Where a file is and what the user says of it (see cluster/groups.ts). */
export type Placement = (doc: { readonly uri: string }) => { readonly scope?: string; readonly stated?: string };

export function indexClusters(docs: Iterable<ConfigDocument>, placement?: Placement): ClusterIndex {
	const index = new Map<string, readonly ConfigDocument[]>();
	for (const group of groupClusters([...docs], placement)) for (const doc of group) index.set(doc.uri, group);
	return index;
}

/**
 * The other members of a document's cluster, in uri order so that messages and edits come out the same every
 * time. A member described by two files (an env file and its YAML twin, a file and its copy) counts once, and the
 * document's own twins are not others.
 */
export function siblingsOf(index: ClusterIndex, uri: string): ConfigDocument[] {
	const group = index.get(uri);
	if (!group) return [];
	const members = inUriOrder(group);
	const own = members.find(doc => doc.uri === uri);
	// One member described by two files (an env file and its YAML twin) counts once.
	const siblings = own ? othersThan(own, representatives(members)) : members.filter(doc => doc.uri !== uri);
	rememberSiblings(siblings, members);
	return siblings;
}

// Each cluster's first file of every member, worked out once: thousands of files each asking made it quadratic.
const representativesOf = new WeakMap<readonly ConfigDocument[], readonly ConfigDocument[]>();

/** The members in order, each member once (its first file); files that name no member all stay. */
function representatives(members: readonly ConfigDocument[]): readonly ConfigDocument[] {
	let found = representativesOf.get(members);
	if (found) return found;
	const seen = new Set<string>();
	found = members.filter(doc => {
		const identity = memberIdentity(doc);
		if (identity === undefined) return true;
		if (seen.has(identity)) return false;
		seen.add(identity);
		return true;
	});
	representativesOf.set(members, found);
	return found;
}

/** The representatives but `doc` and the member it describes. */
function othersThan(doc: ConfigDocument, representatives: readonly ConfigDocument[]): ConfigDocument[] {
	const own = memberIdentity(doc);
	return representatives.filter(other => other !== doc && other.uri !== doc.uri && (own === undefined || memberIdentity(other) !== own));
}

// A cluster's files are sorted once, not once for each of its files that asks (thousands of copies in one cluster).
const sortedGroups = new WeakMap<readonly ConfigDocument[], readonly ConfigDocument[]>();

function inUriOrder(group: readonly ConfigDocument[]): readonly ConfigDocument[] {
	let sorted = sortedGroups.get(group);
	if (!sorted) sortedGroups.set(group, sorted = [...group].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)));
	return sorted;
}

/** Same name and same advertised peer URLs: one member, whichever file says it. */
export function memberIdentity(doc: ConfigDocument): string | undefined {
	// A manifest or compose file is several members, each its own document.
	if (doc.members) return undefined;
	if (identities.has(doc)) return identities.get(doc);
	const name = memberFacts(doc).memberName;
	const advertised = effectiveSetting(doc, 'initial-advertise-peer-urls')?.value || 'http://localhost:2380';
	const identity = name === undefined ? undefined : `${name}\n${splitList(advertised, true).map(p => normaliseUrl(p.text)).sort().join(',')}`;
	identities.set(doc, identity);
	return identity;
}

const identities = new WeakMap<ConfigDocument, string | undefined>();

/** The documents that describe members other than `doc`'s, each member once (its first file). */
export function distinctMembers(doc: ConfigDocument, others: readonly ConfigDocument[]): ConfigDocument[] {
	const own = memberIdentity(doc);
	const seen = new Set<string>(own === undefined ? [] : [own]);
	return others.filter(other => {
		const identity = memberIdentity(other);
		if (identity === undefined) return true;
		if (seen.has(identity)) return false;
		seen.add(identity);
		return true;
	});
}

/** The advertised peer URLs of a document, normalised as cluster keys. */
export function advertisedKeys(doc: ConfigDocument): string[] {
	return splitList(effectiveValue(doc, 'initial-advertise-peer-urls') ?? '', true).filter(p => p.text !== '').map(p => normaliseUrl(p.text));
}

/**
 * The cluster a document most likely belongs to, for completion while its own list is still being written:
 * its cluster if it has one, else the cluster whose lists name one of its advertised peer URLs.
 */
export function likelySiblings(index: ClusterIndex, doc: ConfigDocument): ConfigDocument[] {
	const own = siblingsOf(index, doc.uri);
	if (own.length > 0) return own;
	const advertised = advertisedKeys(doc);
	if (advertised.length === 0) return [];
	for (const [uri, group] of index) {
		if (uri === doc.uri) continue;
		const pairs = memberFacts(group[0]).pairs ?? [];
		if (pairs.some(pair => advertised.includes(pair.slice(pair.indexOf('=') + 1)))) return group.filter(d => d.uri !== doc.uri);
	}
	return [];
}
