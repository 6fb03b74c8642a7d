/**
 * Messages and fix titles of the rules about a member's identity and about members joining a running cluster, in
 * English; spread into `ruleMessagesEn`. `rulesMembersRu` has the same keys (its type is this object's type).
 */
export const rulesMembersEn = {
	'missing-name': {
		hostName: (nameKey: string, list: string, listed: string) => `No ${nameKey}: Debian's unit names this member after the host (ETCD_NAME=%H), and ${list} holds only ${listed}: etcd refuses to start on a host with another name.`,
		byDefault: (nameKey: string, list: string, listed: string) => `No ${nameKey}: etcd names this member 'default', which ${list} does not hold (only ${listed}): etcd refuses to start.`,
		identified: (name: string, nameKey: string) => ` This file advertises ${name}'s peer URL: set ${nameKey} to '${name}'.`,
		unidentified: (nameKey: string) => ` Set ${nameKey} to this member's name in the list.`,
		write: (line: string) => `Add ${line}`,
	},
	'join-list-mismatch': {
		wrongUrl: (name: string, listed: string, advertised: string, list: string) => `${list} lists ${name} at ${listed}, but ${name}'s own file advertises ${advertised}: a member joining a running cluster must list the running members at their real peer URLs, or etcd refuses to start it.`,
		missing: (name: string, list: string) => `${list} does not list ${name}, a running member of this cluster: a joining member must list every running member (and itself), or etcd refuses to start it.`,
		related: (name: string) => `${name}'s advertised peer URLs`,
		use: (urls: string) => `List it at ${urls}`,
	},
	'join-state-new': {
		message: (name: string, founders: string, stateKey: string) => `${name} is not one of the founding members (${founders} list the cluster without it): a member added to a running cluster must start with ${stateKey}=existing; with new it bootstraps a cluster of its own, which the others never accept.`,
		related: 'the founding members\' list',
		existing: 'Switch to existing',
		add: (line: string) => `Add ${line}`,
	},
};

export type RulesMembersMessages = typeof rulesMembersEn;
