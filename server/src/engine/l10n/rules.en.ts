/**
 * Diagnostic messages, related-location labels and fix titles of the rules, in English, keyed by rule id.
 * A message states the fact and the remedy in one sentence, with the values involved. `ruleMessagesRu` has the
 * same keys (its type is this object's type).
 */
export const ruleMessagesEn = {
	'advertise-peer-mismatch': {
		message: (name: string, told: string, byDefault: boolean, listed: string) => `${name} advertises ${told}${byDefault ? ' (the default)' : ''}, but ETCD_INITIAL_CLUSTER lists ${name} at ${listed}.`,
		dns: ' etcd accepts this only if DNS resolves both to the same addresses.',
		advertiseListed: (urls: string) => `Advertise ${urls} as in ETCD_INITIAL_CLUSTER`,
		addAdvertise: (line: string) => `Add ${line}`,
		listAdvertised: (name: string, urls: string) => `List ${name} at ${urls} in ETCD_INITIAL_CLUSTER`,
		related: (name: string) => `${name} in ETCD_INITIAL_CLUSTER`,
	},
};

export type RuleMessages = typeof ruleMessagesEn;
