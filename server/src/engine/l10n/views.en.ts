/**
 * Labels of the views on a file: inlay hints, the outline's group names and the cluster code lens, in English;
 * spread into `featureMessagesEn`. `viewMessagesRu` has the same keys.
 */
export const viewMessagesEn = {
	inlay: {
		defaultValue: (value: string) => `default: ${value}`,
		empty: '(empty)',
		bytes: 'bytes',
		ms: 'ms',
		s: 's',
		/** Units of a spelled duration, largest first: hours, minutes, seconds, milliseconds, microseconds, nanoseconds. */
		durationUnits: ['h', 'min', 's', 'ms', 'µs', 'ns'] as readonly string[],
		off: '0 (off)',
	},
	/** Outline group names, by option group, in the order etcd's documentation presents them. */
	outline: {
		member: 'Member',
		clustering: 'Clustering',
		security: 'Security',
		auth: 'Auth',
		logging: 'Logging',
		'profiling/metrics': 'Profiling and metrics',
		experimental: 'Experimental',
		unsafe: 'Unsafe',
		v2: 'v2',
		proxy: 'Proxy',
		other: 'Other variables',
		/** The container of a member name in workspace symbol search. */
		memberContainer: 'etcd member',
	},
	/** The code lens above ETCD_INITIAL_CLUSTER; its parts are joined with a middle dot. */
	lens: {
		members: (count: number) => `${count} member${count === 1 ? '' : 's'}`,
		quorum: (quorum: number) => `quorum ${quorum}`,
		tolerates: (tolerated: number) => `tolerates ${tolerated} failure${tolerated === 1 ? '' : 's'}`,
		withFile: (withFile: number, count: number) => `${withFile} of ${count} with a file here`,
		files: (names: string) => `files: ${names}`,
		agree: 'they agree',
		disagree: 'they disagree',
		patroni: (names: string) => `Patroni: ${names}`,
		loadedBy: (names: string) => `loaded by ${names}`,
	},
};

export type ViewMessages = typeof viewMessagesEn;
