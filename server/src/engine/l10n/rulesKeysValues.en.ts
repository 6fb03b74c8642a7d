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
};

export type RuleMessagesKeysValues = typeof ruleMessagesKeysValuesEn;
