/**
 * What etcd-config-lint itself prints in English: the summary line, the help and the one-line usage and I/O errors.
 * `cliMessagesRu` has the same keys. Severity words and rule ids in the finding lines stay English in every
 * language, because problem matchers and scripts parse them.
 */
export const cliMessagesEn = {
	summary: (files: number, errors: number, warnings: number, information: number, hints: number) =>
		`${files} file${plural(files)} checked: ${errors} error${plural(errors)}, ${warnings} warning${plural(warnings)}, ${information} information, ${hints} hint${plural(hints)}`,
	noPaths: 'no files or directories given (see --help)',
	unknownRule: (ids: string) => `unknown rule ${ids}`,
	invalidJson: (path: string, reason: string) => `${path} is not valid JSON: ${reason}`,
	needsValue: (option: string) => `${option} needs a value`,
	oneOf: (option: string, allowed: string, value: string) => `${option} takes one of ${allowed}, not '${value}'`,
	etcdVersion: (option: string, value: string) => `${option} takes 3.4, 3.5, 3.6 or 3.7, or one of their releases up to 3.4.45, 3.5.33, 3.6.14 and 3.7.1 (such as 3.4.23), not '${value}'`,
	unknownOption: (option: string) => `unknown option ${option} (see --help)`,
	ruleSyntax: (severities: string, text: string) => `--rule takes <rule-id>=<${severities}>, not '${text}'`,
	maxWarningsSyntax: (text: string) => `--max-warnings takes a whole number, not '${text}'`,
	cannotRead: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
	cannotWrite: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
	written: (path: string, target: string | undefined) => target ? `fixed ${path} → ${target} (the link stays)` : `fixed ${path}`,
	notWritten: (path: string, why: string) => `not fixed ${path}: ${why}`,
	/** Why --fix left a file as it was; `detail` is the system's error code or the value that decided. */
	refusals: {
		'unreadable': (detail: string) => `it cannot be read (${detail})`,
		'not-regular': () => 'it is not a regular file',
		'hard-links': (detail: string) => `it has ${detail} hard links, and a new file in its place would split them; fix it by hand`,
		'read-only': (detail: string) => `it is read-only (mode ${detail}); give it write permission to let --fix change it`,
		'folder-not-writable': (detail: string) => `no new file can be created in its folder (${detail})`,
		'owner': (detail: string) => `the new file cannot get the owner and group of the old one (${detail})`,
		'mode': (detail: string) => `the new file cannot get the mode of the old one (${detail})`,
		'xattrs-unavailable': (detail: string) => `its extended attributes cannot be copied to the new file: the helper is missing${detail ? ` (${detail})` : ''}`,
		'xattrs': (detail: string) => `an extended attribute cannot be kept (${detail})`,
		'changed': () => 'it changed while it was being fixed; run again',
		'encoding': () => 'a fix would write characters that have no bytes in the file',
		'write-failed': (detail: string) => `writing the new file failed (${detail})`,
	},
	noSuchFile: 'no such file or directory',
	permissionDenied: 'permission denied',
	isDirectory: 'is a directory',
	notRegular: 'not a regular file',
	help: `Usage: etcd-config-lint [options] <file|dir>...

Checks etcd configuration files (/etc/default/etcd, /etc/etcd/etcd.conf, *.etcd.env). Files are checked
whatever their name; directories are searched for etcd config files (node_modules and .git are skipped).

Options:
  --format text|json|sarif   output format (default: text)
  --etcd-version <version>   the etcd version the members run: 3.4, 3.5, 3.6 or 3.7 (its newest release),
                             or a release such as 3.4.23 (default: 3.5, or the config file's)
  --rule <id>=<severity>     off, hint, information, warning or error for one rule; repeatable
  --config <file>            JSON settings: {"version": "3.4", "rules": {"<id>": "<severity>"}}
  --max-warnings <n>         exit 1 when there are more than n warnings
  --language en|ru           the language of messages and fix titles (default: en)
  --fix                      apply the safe fixes in place
  --quiet                    report errors only
  --version                  print the version
  --help                     print this help

Exit status: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 usage or I/O error
(also when --fix had to leave a file as it was: each such file is named on stderr, with the reason).
`,
};

function plural(count: number): string {
	return Number(count) === 1 ? '' : 's';
}

export type CliMessages = typeof cliMessagesEn;
