/**
 * Messages and fix titles of the syntax, key and value rules (and of the helpers they share: etcd/keyChecks.ts,
 * etcd/valueChecks.ts, the parse reasons of etcd/values.ts, syntax/shellProblems.ts), in English, keyed by rule id.
 * Spread into `ruleMessagesEn`; `ruleMessagesKeysValuesRu` has the same keys (its type is this object's type).
 * Values arrive already quoted (`shown`) or formatted; a boolean picks between two wordings.
 */
export const ruleMessagesKeysValuesEn = {
	'invalid-line': {
		comment: 'Turn the line into a comment',
		notAssignment: 'This line is not an assignment: systemd ignores it and a shell would run it as a command. Write KEY=value or start the line with #.',
		noEquals: (key: string, value: string) => `This line has no '=': systemd ignores it, so ${key} is not set, and a shell would run it as a command. Write ${key}=${value}.`,
		write: (assignment: string) => `Write ${assignment}`,
	},
	'unterminated-quote': {
		message: (kind: string, rest: boolean, name: string) => `This ${kind} quote is never closed: systemd reads ${rest ? 'the rest of the file' : 'up to the end of the file, line end included,'} into ${name}, and a shell stops with a syntax error. Close the quote.`,
		close: 'Close the quote at the end of the line',
	},
	'invalid-key': {
		invalid: (name: string, intended: string | undefined) => `'${name}' is not a valid variable name (letters, digits and '_', not starting with a digit), so systemd drops this line with an error and etcd never sees it: ${intended ? `write ${intended}` : 'rename it'}.`,
		unread: (debian: boolean, name: string, intended: string) => `${debian ? 'Debian\'s unit passes only DAEMON_ARGS to etcd' : 'etcd reads only variables starting with upper-case ETCD_'}, so ${name} is ignored without a word: write ${intended}.`,
		rename: (name: string) => `Rename to ${name}`,
	},
	'shell-difference': {
		bomLost: (name: string) => `The file starts with a UTF-8 byte-order mark, which systemd and a shell both read as part of the name ${name}, so line 1 sets nothing: save the file without the BOM.`,
		bom: 'The file starts with a UTF-8 byte-order mark, which systemd and a shell both read as part of line 1, so an assignment there would be lost: save the file without the BOM.',
		removeBom: 'Remove the byte-order mark',
		crlf: 'This file has CRLF (Windows) line ends: systemd reads them as plain line ends, but a shell sourcing the file keeps a carriage return at the end of every value; save it with LF line ends.',
		export: (name: string) => `systemd takes 'export ${name}' for the name, which is not valid, and drops the line, while a shell sets ${name}: remove 'export' (set -a exports every variable anyway).`,
		removeExport: (name: string) => `Remove 'export' (systemd then sets ${name})`,
		blanksBefore: (name: string) => `systemd ignores the blanks around '=', but a shell runs ${name} as a command and leaves the variable unset: remove the blanks.`,
		blanksAfter: (name: string, value: string) => `systemd skips the blanks after '=' and sets ${name} to ${value}, but a shell ends the assignment at the blank, so ${name} does not get that value: remove the blanks.`,
		removeBlanks: 'Remove the blanks around \'=\'',
		inlineComment: (comment: string, name: string, value: string) => `systemd has no end-of-line comments: it keeps ${comment} in the value (${name} is ${value}), while a shell drops it: put the comment on its own line.`,
		moveComment: (name: string, kept: string) => `Move the comment to its own line (${name} becomes ${kept})`,
		removeSemicolon: (name: string, kept: string) => `Remove the ';' (${name} becomes ${kept})`,
		semicolon: (name: string, value: string, trailing: boolean) => `systemd keeps the ';' in the value (${name} is ${value}), while a shell ends the assignment at it: ${trailing ? 'remove the \';\'' : 'quote the value'}.`,
		blank: (name: string, value: string) => `systemd sets ${name} to ${value}, but a shell ends the value at this blank, runs the rest as a command and leaves ${name} unset: quote the value.`,
		quote: 'Quote the value',
		expansion: (written: string, command: boolean) => `systemd hands ${written} to etcd literally, while a shell ${command ? 'runs the command and puts its output there' : 'puts the variable\'s value there'}: write the value itself.`,
		escape: (written: string) => `Escape it, so that both read ${written} literally`,
		semicolonComment: 'systemd reads a line starting with \';\' as a comment, but a shell stops at it with a syntax error and skips the rest of the file: start the comment with \'#\'.',
		hashComment: 'Start the comment with \'#\'',
		commentContinuation: (name: string) => `This comment ends in a backslash: systemd before 254 (Debian 12, RHEL 9) also treats the next line as comment and never sets ${name}, while newer systemd and a shell do: remove the backslash.`,
		removeBackslash: 'Remove the backslash',
	},
	'duplicate-key': {
		onLine: (line: number) => `on line ${line}`,
		laterInArgs: 'later in DAEMON_ARGS',
		same: (key: string, where: string) => `${key} is set to the same value again ${where}: this one is redundant.`,
		differs: (key: string, where: string, value: string) => `${key} is set again ${where}, and that later value ${value} is the one etcd gets: this one has no effect.`,
		related: (key: string) => `The ${key} that takes effect.`,
		remove: (line: boolean, key: string, value: string) => `Remove this ${line ? 'line' : key} (${key} stays ${value})`,
	},
	'empty-value': {
		derivedCluster: 'a one-member cluster of this member alone',
		itsDefault: (value: string) => `its default ${value}`,
		emptyDefault: (key: string) => `An empty ${key} counts as not set, which changes nothing here (the default is empty too), but etcd logs a warning about an unrecognised variable: remove the line.`,
		message: (key: string, instead: string) => `An empty ${key} counts as not set, so etcd uses ${instead} and logs a warning about an unrecognised variable: give a value or remove the line.`,
		remove: (key: string) => `Remove the empty ${key} line`,
	},
	'invalid-value': {
		message: (key: string, reason: string) => `${key}: ${reason}; etcd refuses to start with it.`,
		write: (value: string) => `Write ${value}`,
		bool: (value: string) => `'${value}' is not a boolean etcd reads: write true or false (etcd also takes 1, 0, t, f)`,
		plainCount: (milliseconds: boolean, corrected: string | undefined, value: string) => `it counts ${milliseconds ? 'milliseconds' : 'seconds'} as a plain integer: write ${corrected ?? 'a whole number'}, not ${value}`,
		oneOf: (version: string, list: string, spelling: boolean, value: string) => `etcd ${version} takes only ${list}${spelling ? ' (in this spelling)' : ''}, not '${value}'`,
		retention: 'etcd takes a whole number (hours in periodic mode, revisions in revision mode) or a Go duration such as 30m',
		authToken: (kind: string) => `etcd takes 'simple' or 'jwt,…' options, not '${kind}'`,
		jwtForm: 'each jwt option needs the form key=value (pub-key, priv-key, sign-method, ttl)',
		jwtTwice: (key: string) => `the jwt option '${key}' is given twice`,
		gateForm: (pair: string) => `'${pair}' needs the form Gate=true or Gate=false`,
		unknownGate: (version: string, gate: string) => `etcd ${version} knows no feature gate '${gate}' (names are case-sensitive)`,
		gateBool: (value: string, gate: string) => `'${value}' for ${gate} is not a boolean: write true or false`,
		/** Why Go's parsers (etcd/values.ts) refuse a value; these end up inside the messages above. */
		parse: {
			bool: 'not a boolean: etcd accepts true, false, 1, 0, t, f (and TRUE/True, FALSE/False)',
			sign: 'a sign is not allowed here: the value must be a plain non-negative integer',
			range: (min: string, max: string) => `out of range: the value must lie between ${min} and ${max}`,
			empty: 'empty: a number is required',
			octal: 'a leading 0 makes etcd read the number as octal, and 8 and 9 are not octal digits',
			unit: 'a unit is not allowed: write a plain integer',
			integer: 'not an integer',
			emptyDuration: 'empty: a duration such as 5s or 100ms is required',
			durationUnit: 'a duration needs a unit: write e.g. 5s, 100ms or 1m30s',
			duration: 'not a duration: write e.g. 5s, 100ms or 1m30s',
		},
	},
	'unchecked-value': {
		message: (key: string, values: string, value: string) => `${key} takes ${values}; etcd does not check it and silently uses its fallback for '${value}'.`,
		or: ' or ',
		write: (value: string) => `Write ${value}`,
	},
	timing: {
		zero: (key: string, usual: string) => `${key} is 0: etcd refuses to start; the usual value is ${usual}.`,
		tooLong: (key: string, value: string) => `${key} is ${value} ms: etcd refuses anything above 50000.`,
		ratio: (election: string, heartbeat: string) => `The election timeout (${election} ms) must be at least five heartbeats (5 × ${heartbeat} ms): etcd refuses to start. Ten heartbeats is the usual ratio.`,
	},
	'value-range': {
		bcrypt: (key: string, value: string) => `${key} must lie between 4 and 31: etcd warns and uses 10 instead of ${value}.`,
		quotaLarge: (key: string, size: string) => `${key} is ${size}: etcd warns above 8 GiB, its suggested maximum; large back ends make defragmentation and snapshots slow.`,
		quotaNegative: (key: string) => `${key} is negative, which turns the storage quota off: the database may grow until the disk is full.`,
		requestLarge: (key: string, size: string) => `${key} is ${size}: etcd warns above 10 MiB; large requests slow every member's replication.`,
		snapshotZero: (key: string) => `${key} is 0, which etcd replaces by its built-in default: set the value you mean or remove the line.`,
	},
	'octal-number': {
		message: (written: string, value: string, meant: string) => `etcd reads ${written} as an octal number, ${value}; write ${meant} if you meant ${meant}.`,
		write: (value: string) => `Write ${value}`,
	},
	'dangerous-switch': {
		message: (key: string, danger: string) => `${key} is on: it ${danger}.`,
		'force-new-cluster': 'rewrites the membership to this member alone on every start: use it for one recovery start, then remove it',
		'unsafe-no-fsync': 'skips fsync, so a power loss can lose or corrupt committed data: never on a production member',
		remove: (key: string) => `Remove ${key}`,
	},
};

export type RuleMessagesKeysValues = typeof ruleMessagesKeysValuesEn;
