import { viewMessagesEn } from './views.en';

/** Code action titles, completion details and labels in English; `featureMessagesRu` has the same keys. */
export const featureMessagesEn = {
	...viewMessagesEn,
	ignoreOnLine: (ruleId: string) => `Ignore ${ruleId} on this line`,
	/** `key`: the option as this file spells it (`ETCD_INITIAL_CLUSTER_STATE`, `--initial-cluster-state`, `initial-cluster-state`). */
	switchState: (key: string, target: string) => `Switch ${key} to ${target}`,
	fixAll: 'Fix all etcd problems that have a safe fix',
	newTokenEverywhere: 'Generate a new cluster token and use it on every member',
	editedFiles: (count: number, files: string) => `This edit changed ${count} ${count === 1 ? 'file' : 'files'}: ${files}.`,
	everyMemberExisting: 'Switch every member to existing (after the first start)',
	addToEveryList: (names: string, key: string) => `Add ${names} to every member's ${key}`,
	clusterValue: 'every member of this cluster, from their files',
	memberWithoutFile: 'a member of this cluster without a file of its own',
	freshToken: 'a fresh random token',
	generateToken: 'Generate a random token',
	etcdDefault: 'etcd\'s default',
	/** A value that does what the default does, written out (a quota of 0 means 2 GiB). */
	sameAsDefault: 'what the default means',
	memberFile: 'etcd member file',
	memberFileDetail: 'The nine settings of a cluster member',
	/** The error VS Code shows when a rename to a member name etcd could never match is refused. */
	memberNameInvalid: 'A member name cannot hold blanks, commas or \'=\'.',
	/** The one diagnostic of a document the server does not analyse. */
	tooLarge: (megabytes: number) => `This file is larger than ${megabytes} MB: etcd-config does not analyse it (an etcd configuration is a few kilobytes).`,
	tooManyStatements: (count: number) => `This file holds more than ${count.toLocaleString('en')} assignments and flags: etcd-config does not analyse it (an etcd configuration holds a few dozen).`,
};

export type FeatureMessages = typeof featureMessagesEn;
