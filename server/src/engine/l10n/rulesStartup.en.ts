/**
 * Messages of the rules for etcd's start-up checks that docs/startup-checks.md lists (auth tokens, TLS versions and
 * cipher suites, log outputs and rotation, lease checkpoints, intervals and limits, v2 and v3 discovery settings,
 * YAML-only behaviour), in English; spread into `ruleMessagesEn`. `rulesStartupRu` has the same keys.
 */
export const rulesStartupEn = {
	'auth-token': {
		piece: (key: string) => `${key}: each option after the token type needs the form name=value, with one '=' and no empty piece; etcd refuses to start with it.`,
		twice: (key: string, name: string) => `${key} gives '${name}' twice; etcd refuses to start with it.`,
		type: (key: string, type: string) => `${key}: '${type}' is no token type etcd knows (simple or jwt, in lower case); etcd refuses to start with it.`,
		ttl: (key: string, ttl: string) => `${key}: ttl=${ttl} is not a Go duration (write e.g. ttl=10m); etcd refuses to start with it.`,
		method: (key: string, version: string, method: string, supported: string) => method === ''
			? `${key}: jwt needs sign-method= with an algorithm etcd ${version} signs with (${supported}); etcd refuses to start without it.`
			: `${key}: etcd ${version} cannot sign tokens with '${method}' (it takes ${supported}, in this spelling) and refuses to start.`,
		key: (key: string, method: string, privateOnly: boolean) => `${key}: ${method} needs ${privateOnly ? 'priv-key=, the shared secret' : 'priv-key= (or pub-key= for a member that only verifies tokens)'}; etcd refuses to start without it.`,
		emptyType: (key: string) => `${key} names no token type: etcd starts, but once authentication is on it can issue no tokens, so no user can log in. Write simple or jwt,….`,
		simpleOptions: (key: string) => `${key}: simple tokens take no options, and etcd ignores these without a word; the lifetime of simple tokens is auth-token-ttl.`,
		unknownOption: (key: string, name: string) => `${key}: '${name}' is no jwt option (pub-key, priv-key, sign-method, ttl); etcd only warns and ignores it.`,
	},
	'log-outputs': {
		defaultCombined: 'default cannot stand beside another log output (it already means stderr with the zap logger); etcd refuses to start with this list.',
		journalCombined: 'systemd/journal must be the only log output; etcd refuses to start with another beside it.',
		sink: (entry: string, reason: string) => `The log output '${entry}' ${reason}, so the zap logger cannot open it and etcd refuses to start; write a plain file path.`,
		sinkReasons: {
			scheme: 'starts with a URL scheme other than file:',
			query: 'holds a \'?\', which starts a query',
			fragment: 'holds a \'#\', which starts a fragment',
			user: 'names a user',
			port: 'names a port',
			host: 'names a host other than localhost',
			escape: 'holds a \'%\' that is no URL escape',
			empty: 'is empty',
		},
		capnslogCount: (count: number) => `etcd 3.4's default logger capnslog writes to exactly one output, and this list has ${count}: etcd refuses to start. Set the logger to zap, or keep one of default, stderr, stdout.`,
		capnslogValue: (entry: string) => `etcd 3.4's default logger capnslog writes only to default, stderr or stdout, not to '${entry}': etcd refuses to start. Set the logger to zap to log to a file or the journal.`,
		bothSet: (empty: boolean): string => empty
			? 'log-output and log-outputs are both empty: etcd 3.4 refuses to start; set log-outputs.'
			: 'log-output and log-outputs hold lists of the same length (or the same single value): etcd 3.4 refuses to start; keep only log-outputs.',
		oldIgnored: (key: string) => `${key} with one value changes nothing on etcd 3.4 (log-outputs keeps its value) beyond a deprecation warning: set log-outputs instead.`,
	},
	'log-rotation': {
		oneFile: (key: string, files: number) => files === 0
			? `Log rotation needs a file among the log outputs, and ${key} names none: etcd refuses to start.`
			: `Log rotation handles one file, and ${key} names ${files} (the journal counts as one): etcd refuses to start.`,
		emptyEntry: (key: string) => `${key} holds an empty entry, which log rotation takes for a file and then crashes etcd on: remove it.`,
		config: (key: string, syntax: boolean) => `${key} ${syntax ? 'is not valid JSON' : 'gives a field the wrong type (maxsize, maxage and maxbackups take whole numbers, localtime and compress booleans)'}: with log rotation on, etcd refuses to start.`,
	},
};

export type RulesStartupMessages = typeof rulesStartupEn;
