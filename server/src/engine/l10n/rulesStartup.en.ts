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
	'cipher-suites': {
		unknown: (key: string, entry: string, version: string, blanks: boolean, meant: string | undefined) => `${key}: etcd ${version} knows no cipher suite '${entry}'${blanks ? ' (the blanks count: entries are not trimmed)' : meant ? ` (did you mean ${meant}?)` : ''} and refuses to start, https or not.`,
		http2: (key: string, suites: string) => `${key} lacks ${suites}, which HTTP/2 needs: the client listener that serves HTTP over TLS fails right after etcd says it is ready, and etcd exits. Add one of them.`,
		or: ' or ',
	},
	'tls-version': {
		minAboveMax: (max: string, min: string) => `${max} is below ${min} (TLS1.3): etcd refuses to start; drop the maximum or lower the minimum.`,
		tls13Suites: (key: string, min: string) => `${key} cannot be chosen while ${min} is TLS1.3 (Go picks TLS 1.3 suites by itself): etcd refuses to start; remove the list or allow TLS1.2.`,
	},
	'lease-checkpoint': {
		persistAlone: (key: string, gates: boolean): string => gates
			? `${key} turns LeaseCheckpointPersist on while LeaseCheckpoint is off: etcd refuses to start; turn on LeaseCheckpoint too.`
			: `${key} persists lease checkpoints, which needs experimental-enable-lease-checkpoint=true: etcd refuses to start without it.`,
		withoutPersist: (key: string, gates: boolean) => `${key} turns lease checkpoints on without persisting them; etcd starts with a warning${gates ? ': consider LeaseCheckpointPersist too' : ''}.`,
		crash: (key: string) => `${key} without experimental-enable-lease-checkpoint-persist makes etcd 3.4 log a warning through a logger that capnslog, its default, never creates: the process crashes at start. Set logger=zap, or turn persistence on too.`,
	},
	'out-of-range': {
		maxLearners: (key: string) => `${key} is negative: every start of etcd 3.6+ then finds too many learners (0 > the limit) and refuses; 0 allows none.`,
		hashCheck: (key: string, zero: boolean) => `${key} is ${zero ? 'zero' : 'negative'}: etcd refuses an interval that is not positive, whether the hash check is on or not.`,
		corruptCheck: (key: string) => `${key} is negative: etcd 3.6+ starts and then crashes building its check timer; 0 turns the periodic check off.`,
		samplingRate: (key: string) => `${key} must lie between 0 and 1000000 (samples per million) while tracing is on: etcd refuses to start.`,
		quota: (key: string) => `${key} is so large that the database map it asks for (the quota plus a tenth) exceeds bbolt's limit of 256 TiB: the first start crashes opening the database.`,
		selfSigned: (key: string | undefined, auto: string, yamlDefault: boolean): string => key
			? `${key} is 0, so the certificate ${auto} has to make cannot be made: etcd refuses to start${yamlDefault ? ' (a config file would get 1 instead)' : ''}.`
			: `etcd 3.5.0 reads no self-signed-cert-validity from a config file and so makes ${auto}'s certificate valid for 0 years: it refuses to start; set the validity by flag, or use 3.5.1+.`,
		wordSize: (key: string, arch: string) => `${key} does not fit the 32 bits a ${arch} build keeps it in (ETCD_UNSUPPORTED_ARCH says the build is one): etcd refuses to start.`,
	},
	'discovery-v3': {
		alone: (key: string, other: string) => `${key} is set without ${other}: v3 discovery needs both, and etcd refuses to start with one alone.`,
		emptyEndpoint: (key: string) => `${key} holds an empty entry (a doubled or trailing comma, or blanks): etcd refuses to start.`,
		mixed: (proxy: string, v3: string) => `${proxy} belongs to v2 discovery and ${v3} to v3 discovery: etcd 3.6 refuses the two kinds together.`,
	},
	'deprecation-stage': {
		enableV2: (key: string, stage: string) => `${key} serves the v2 API, which the stage ${stage} no longer allows: etcd 3.5 refuses to start when it starts serving clients. Keep not-yet, or turn v2 off.`,
		unknown: (key: string, stage: string, enabled: boolean) => `${key}: '${stage}' is not one of the stages (not-yet, write-only, write-only-skip-check, write-only-drop-data, gone); etcd 3.5 takes it unchecked and crashes when it compares it${enabled ? ', at start since enable-v2 is on' : ' (with enable-v2, or once v2 data turns up)'}.`,
		forced: (key: string, version: string) => `etcd ${version} ignores this stage and uses write-only: ${key} is deprecated there.`,
	},
	'yaml-empty-value': {
		unset: (key: string) => `${key} has no value: etcd keeps the option's default without a word, so the key only looks set. Give it a value or remove it.`,
		section: (key: string, version: string) => `${key} is empty, but etcd ${version} reads it as a section of its own and refuses to start unless it holds keys: give it keys or remove it.`,
		crash: (key: string, version: string) => `${key} is empty, and etcd ${version} crashes reading it at start: give it a value or remove it.`,
	},
	'yaml-flag-default': {
		gateway: 'A config file starts etcd 3.4 without the gRPC gateway (the HTTP/JSON API, which Patroni\'s etcd3 support uses): only the command line turns it on by default. Add enable-grpc-gateway: true.',
		tracing: (keys: string) => `With tracing on, a config file leaves ${keys} empty in etcd 3.5 (only the command line defaults them to localhost:4317 and etcd): set them.`,
		and: ' and ',
	},
	'existing-alone': {
		message: (key: string, list: string | undefined) => `${key} is existing, so etcd asks the other members for the cluster on the first start, but ${list ? `${list} names no other member` : 'no cluster list names another member'}: nobody is there to ask and etcd refuses to start. Use new to found the cluster, or list the running members.`,
	},
	'listen-address-clash': {
		same: (role: string, other: string, address: string) => `This ${role} listener is on ${address}, where a ${other} listener already is: the second cannot bind and etcd refuses to start.`,
		maybe: (role: string, other: string, port: string) => `This ${role} listener and a ${other} listener share port ${port}, and their addresses may overlap (a wildcard or localhost): on Linux the second bind fails and etcd refuses to start.`,
	},
};

export type RulesStartupMessages = typeof rulesStartupEn;
