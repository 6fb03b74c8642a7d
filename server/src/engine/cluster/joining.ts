import type { ConfigDocument } from '../model/configDocument';
import { parseInitialCluster } from '../etcd/urls';
import { memberFacts, type MemberFacts } from './members';

/*
 * A cluster over time: the founding members start together with state `new` and one list; a member added later
 * (`etcdctl member add`) starts with state `existing` and a list of the running members plus itself. So a
 * joining member's longer list is no disagreement, and its files tell the same story as the founders'.
 */

/** The founding files' list: the one most of them hold (the founders of a healthy cluster hold one). */
function foundersList(founders: readonly MemberFacts[]): string | undefined {
	const counts = new Map<string, number>();
	for (const facts of founders) counts.set(facts.pairs!.join(','), (counts.get(facts.pairs!.join(',')) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The founding members a file lists plus itself while it still says `new`: it was added to their cluster, and
 * with `new` it would bootstrap one of its own. The founders it extends, or undefined when it is no such file.
 */
export function joinsAsNew(facts: MemberFacts, others: readonly MemberFacts[]): MemberFacts[] | undefined {
	const name = facts.memberName;
	if (!facts.founding || !facts.pairs || name === undefined) return undefined;
	const founders = others.filter(f => f.founding && f.pairs && !f.pairs.some(pair => pair.startsWith(`${name}=`)));
	const list = foundersList(founders);
	if (list === undefined) return undefined;
	const theirs = list.split(',');
	const added = facts.pairs.filter(pair => !theirs.includes(pair));
	const extends_ = theirs.every(pair => facts.pairs!.includes(pair)) && added.length > 0 && added.every(pair => pair.startsWith(`${name}=`));
	return extends_ ? founders.filter(f => f.pairs!.join(',') === list) : undefined;
}

/** The founding files of a cluster, without the ones that only joined (see joinsAsNew). */
export function foundingFiles(files: readonly ConfigDocument[]): MemberFacts[] {
	const all = files.map(memberFacts);
	// A file can only have joined the founders when its list without its own entries is one that a founder holds:
	// the others are founders without asking (asking each file against all others made thousands of files slow).
	const held = new Set(all.flatMap(f => f.founding && f.pairs ? [[...f.pairs].sort().join(',')] : []));
	const mayHaveJoined = (f: MemberFacts) => {
		const without = f.pairs!.filter(pair => !pair.startsWith(`${f.memberName}=`));
		return f.memberName !== undefined && without.length < f.pairs!.length && held.has(without.sort().join(','));
	};
	return all.filter(f => f.founding && f.pairs && !(mayHaveJoined(f) && joinsAsNew(f, all.filter(other => other !== f))));
}

export interface ClusterStory {
	/** Every member any file of the cluster lists: the founders and those added since. */
	readonly members: readonly string[];
	/** Members whose own file is among the files. */
	readonly withFile: number;
	/** The founders hold one list and one token, and every later member lists them at the URLs they hold. */
	readonly agree: boolean;
}

/** What the files of one cluster say together: the same, whichever of them is asked. */
export function clusterStory(files: readonly ConfigDocument[]): ClusterStory {
	const all = files.map(memberFacts);
	const members = [...new Set(all.flatMap(f => f.list ? parseInitialCluster(f.list.value).map(m => m.name) : []))];
	const named = new Set(all.map(f => f.memberName).filter(name => name !== undefined));
	const founders = foundingFiles(files);
	const list = founders[0]?.pairs?.join(',');
	const foundersAgree = founders.every(f => f.pairs!.join(',') === list && f.token === founders[0].token);
	const later = all.filter(f => !founders.includes(f) && f.pairs);
	const laterAgree = list === undefined || later.every(f => !f.founding && list.split(',').every(pair => f.pairs!.includes(pair)));
	return { members, withFile: members.filter(name => named.has(name)).length, agree: foundersAgree && laterAgree };
}
