import { ruleMessagesKeysValuesEn } from './rulesKeysValues.en';
import { rulesMembersEn } from './rulesMembers.en';
import { rulesStartupEn } from './rulesStartup.en';
import { rulesUrlsYamlEn } from './rulesUrlsYaml.en';

/**
 * Diagnostic messages, related-location labels and fix titles of the rules, in English, keyed by rule id.
 * A message states the fact and the remedy in one sentence, with the values involved. `ruleMessagesRu` has the
 * same keys (its type is this object's type).
 */
export const ruleMessagesEn = {
	...ruleMessagesKeysValuesEn,
	...rulesUrlsYamlEn,
	...rulesMembersEn,
	...rulesStartupEn,
	'advertise-peer-mismatch': {
		message: (name: string, told: string, byDefault: boolean, listed: string, list: string) => `${name} advertises ${told}${byDefault ? ' (the default)' : ''}, but ${list} lists ${name} at ${listed}.`,
		dns: ' etcd accepts this only if DNS resolves both to the same addresses.',
		advertiseListed: (urls: string, list: string) => `Advertise ${urls} as in ${list}`,
		addAdvertise: (line: string) => `Add ${line}`,
		listAdvertised: (name: string, urls: string, list: string) => `List ${name} at ${urls} in ${list}`,
		related: (name: string, list: string) => `${name} in ${list}`,
	},
	/** Joins the last two names of a list: `pg1, pg2 and pg3`. */
	and: ' and ',
	theirList: (name: string | undefined) => `${name ?? 'another member'}'s list`,
	/** The files a list of names leaves out: `pg1, pg2, pg3 and 2997 others`. */
	others: (count: number) => `${count} others`,
	/** The last related location of a finding that has more than are listed. */
	moreRelated: (count: number) => `and ${count} more`,
	'cluster-token': {
		defaultToken: (token: string) => `'${token}' is etcd's default token: give this cluster a token of its own (the same on every member) so it cannot be confused with another cluster.`,
		noToken: (token: string, key: string) => `No ${key}: etcd uses its default '${token}'; give this cluster a token of its own, the same on every member.`,
		generate: 'Generate a new cluster token',
	},
	'cluster-token-mismatch': {
		message: (own: string, files: string, count: number, theirs: string) => `This member's token is '${own}', but ${files} use${count === 1 ? 's' : ''} '${theirs}': members with different tokens compute different cluster IDs and never form one cluster.`,
		related: (name: string | undefined, token: string) => `${name ?? 'this member'} uses '${token}'`,
		useTheirs: (token: string, files: string) => `Use '${token}' here, like ${files}`,
		useOurs: (token: string) => `Use this file's token '${token}' on every member`,
	},
	'state-new': {
		message: 'After the cluster\'s first start, switch to existing: etcd reads the state only while the data directory is empty, and with new a member that has lost its data tries to found the cluster again.',
		switch: 'Switch to existing',
	},
	'name-not-in-cluster': {
		message: (key: string, name: string, listed: string, list: string) => `${key} is '${name}', but ${list} lists only ${listed}: etcd refuses to start a member that is not in its cluster list.`,
		add: (name: string, list: string) => `Add ${name} to ${list}`,
		empty: (list: string, name: string) => `${list} is empty, so etcd finds no member '${name}' in it and refuses to start; list the members, or leave the option out.`,
		related: 'the cluster list',
	},
	'mixed-state': {
		message: 'This member says existing while others of its cluster still say new: that is right for a member added to a running cluster, and after the first start switch the others too; but for the first start, every founding member needs new.',
	},
	'duplicate-member-name': {
		message: (name: string) => `Another member file of this cluster is also named '${name}': every member needs a name of its own.`,
		related: (name: string) => `also '${name}'`,
	},
	'duplicate-member-url': {
		message: (url: string, first: string, second: string) => `${url} is listed for both '${first}' and '${second}': every member needs its own peer URL, and etcd refuses to start a new member with this list.`,
		related: (name: string) => `${name}'s entry`,
	},
	'member-name-blanks': {
		message: (names: string, count: number, nameKey: string) => `etcd keeps the blanks in member names, so this list declares ${names} with a blank before the name, ${count === 1 ? 'a name' : 'names'} no member's ${nameKey} matches: the cluster cannot form. Remove the blanks after the commas.`,
		also: (name: string) => `${name}, also with a blank before the name`,
		fix: (list: string) => `Remove the blanks from ${list}`,
	},
	'member-without-file': {
		message: (names: string, count: number) => `No member file here for ${names}: the cross-file checks cannot see ${count === 1 ? 'it' : 'them'}.`,
	},
	'even-member-count': {
		message: (count: number, quorum: number, tolerated: number) => `${count} members need ${quorum} for quorum and tolerate ${tolerated} failure${tolerated === 1 ? '' : 's'}, as ${count - 1} would: an odd count gives the same safety for less.`,
	},
	'peer-url-disagreement': {
		message: (name: string, told: string, files: string, count: number, expected: string) => `${name} advertises ${told}, but ${files} list${count === 1 ? 's' : ''} ${name} at ${expected}.`,
		taken: (owner: string) => ` That is ${owner}'s own peer URL.`,
		ownerRelated: (owner: string | undefined) => `${owner ?? 'another member'} advertises it`,
		fix: (urls: string) => `Advertise ${urls} as the other members list`,
	},
	'port-clash': {
		message: (files: string, count: number, port: string) => `${files} on the same host also listen${count === 1 ? 's' : ''} on port ${port}: ${count === 1 ? 'one of the two' : 'all but one of them'} cannot start. Give each member its own ports.`,
		related: 'the other member\'s listeners',
	},
	'timing-mismatch': {
		message: (key: string, mine: string, theirs: string, count: number) => `${key} is ${mine} ms here but ${theirs} ms on ${count === 1 ? 'another member' : `${count} other members`}: give every member the same value.`,
		or: ' or ',
		related: (value: string, byDefault: boolean) => `${value} ms there${byDefault ? ' (the default)' : ''}`,
	},
	'existing-with-discovery': {
		message: (key: string, stateKey: string, list: string) => `${key} is set while ${stateKey} is existing: etcd refuses to start; a joining member takes its peers from ${list}, so remove the discovery setting.`,
		related: 'the state',
	},
	'multiple-bootstrap': {
		message: (keys: string) => `${keys} each start the cluster a different way, and etcd refuses to start with more than one: keep only one of them.`,
		related: 'another bootstrap method',
	},
	'cluster-list-mismatch': {
		lists: (entries: string) => `lists ${entries}`,
		lacks: (entries: string) => `lacks ${entries}`,
		blanks: (entries: string) => `has blanks in ${entries}`,
		letterCase: (entries: string) => `writes ${entries} in another letter case`,
		message: (difference: string, files: string, list: string) => `This ${list} ${difference}, unlike those of ${files}: founding members must list the same members at the same peer URLs, or they never form one cluster.`,
		useTheirs: (files: string) => `Use the list of ${files} here`,
		useOurs: (list: string) => `Use this file's ${list} on every member`,
	},
};

export type RuleMessages = typeof ruleMessagesEn;
