import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { parseInitialCluster } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';
import { normaliseUrl } from './groups';
import { memberView } from './membership';

/** What the cross-file rules compare, for one member file. Templated values count as unknown. */
export interface MemberFacts {
	readonly doc: ConfigDocument;
	readonly name?: Setting;
	/** The member's name: the file's own, or the list entry its advertised peer URL identifies (see memberView). */
	readonly memberName?: string;
	/** `new` unless the file says otherwise (etcd's default). */
	readonly founding: boolean;
	/** The token etcd uses: the file's, or the default `etcd-cluster`; undefined when templated. */
	readonly token?: string;
	readonly tokenSetting?: Setting;
	readonly list?: Setting;
	/** `name=url` pairs of the list, URLs normalised, sorted: equal sets compare equal. */
	readonly pairs?: readonly string[];
}

// Documents never change, so their facts are computed once: every cross-file rule of every sibling asks.
const factsCache = new WeakMap<ConfigDocument, MemberFacts>();

export function memberFacts(doc: ConfigDocument): MemberFacts {
	let facts = factsCache.get(doc);
	if (!facts) factsCache.set(doc, facts = computeFacts(doc));
	return facts;
}

function computeFacts(doc: ConfigDocument): MemberFacts {
	const literal = (name: string) => {
		const setting = effectiveSetting(doc, name);
		return setting && !hasTemplate(setting.value) ? setting : undefined;
	};
	const tokenSetting = effectiveSetting(doc, 'initial-cluster-token');
	const list = literal('initial-cluster');
	const view = memberView(doc);
	return {
		doc,
		name: literal('name'),
		memberName: view.name?.value || view.implied,
		founding: (effectiveSetting(doc, 'initial-cluster-state')?.value || 'new') === 'new',
		token: tokenSetting && hasTemplate(tokenSetting.value) ? undefined : tokenSetting?.value || 'etcd-cluster',
		tokenSetting,
		list,
		pairs: list && list.value !== '' ? sortedPairs(list.value) : undefined,
	};
}

export function sortedPairs(value: string): string[] {
	return [...new Set(parseInitialCluster(value).map(m => `${m.name}=${normaliseUrl(m.url)}`))].sort();
}

/**
 * Whether this file's value (`ownKey`, among the `counts` of every file's value) is a minority: fewer files share
 * it than share the most common one, or it ties with another value at the top (then every side is reported).
 */
export function isOddOneOut(ownKey: string, counts: ReadonlyMap<string, number>): boolean {
	if (counts.size <= 1) return false;
	let top = 0;
	let atTop = 0;
	for (const count of counts.values()) {
		if (count > top) [top, atTop] = [count, 1];
		else if (count === top) atTop++;
	}
	return (counts.get(ownKey) ?? 0) < top || atTop > 1;
}

/** How many files a message names before it counts the rest: a cluster of thousands makes no message of thousands. */
const namedFiles = 3;

/**
 * "pg1 and pg2", "pg1, pg2 and pg4", "pg1, pg2, pg3 and 7 others": the members' names, or their file names when a
 * file has no name. `facts` may be the first few of `total` files (at least four, or all of them).
 */
export function describeFiles(facts: readonly MemberFacts[], words: { readonly and: string; readonly others: (count: number) => string }, total = facts.length): string {
	const shown = facts.slice(0, total > namedFiles + 1 ? namedFiles : total);
	const names = shown.map(f => f.memberName ?? f.doc.uri.split('/').slice(-2).join('/'));
	if (shown.length < total) names.push(words.others(total - shown.length));
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${words.and}${names[names.length - 1]}`;
}
