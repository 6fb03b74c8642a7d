import { etcdVersions, type EtcdVersion } from '../engine/etcd/options';
import type { RuleSetting } from '../engine/validate';
import { locales, type Locale } from '../engine/l10n/locale';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
	readonly paths: readonly string[];
	readonly format: OutputFormat;
	readonly version?: EtcdVersion;
	readonly rules: Readonly<Record<string, RuleSetting>>;
	readonly configFile?: string;
	readonly maxWarnings?: number;
	readonly fix: boolean;
	readonly quiet: boolean;
	readonly showVersion: boolean;
	readonly showHelp: boolean;
	/** `--language en|ru`: the language of messages; else the config file's `language`, else English (CI logs stay greppable). */
	readonly locale?: Locale;
}

export class UsageError extends Error {}

const severities: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Reads the command line; anything unknown or malformed is a UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliOptions {
	const paths: string[] = [];
	const rules: Record<string, RuleSetting> = {};
	let format: OutputFormat = 'text';
	let version: EtcdVersion | undefined;
	let configFile: string | undefined;
	let maxWarnings: number | undefined;
	let locale: Locale | undefined;
	const flags = { fix: false, quiet: false, showVersion: false, showHelp: false };
	for (let i = 0; i < argv.length; i++) {
		const [name, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
		const value = () => {
			const next = inline ?? argv[++i];
			if (next === undefined) throw new UsageError(`${name} needs a value`);
			return next;
		};
		switch (name) {
			case '--format': format = oneOf(value(), ['text', 'json', 'sarif'], name) as OutputFormat; break;
			case '--etcd-version': version = oneOf(value(), etcdVersions, name) as EtcdVersion; break;
			case '--rule': Object.assign(rules, ruleSetting(value())); break;
			case '--config': configFile = value(); break;
			case '--max-warnings': maxWarnings = count(value()); break;
			case '--language': locale = oneOf(value(), locales, name) as Locale; break;
			case '--fix': flags.fix = true; break;
			case '--quiet': flags.quiet = true; break;
			case '--version': flags.showVersion = true; break;
			case '-h':
			case '--help': flags.showHelp = true; break;
			default:
				if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name} (see --help)`);
				paths.push(argv[i]);
		}
	}
	return { paths, format, version, rules, configFile, maxWarnings, locale, ...flags };
}

function oneOf(value: string, allowed: readonly string[], option: string): string {
	if (!allowed.includes(value)) throw new UsageError(`${option} takes one of ${allowed.join(', ')}, not '${value}'`);
	return value;
}

function ruleSetting(text: string): Record<string, RuleSetting> {
	const match = /^([a-z0-9-]+)=([a-z]+)$/.exec(text);
	if (!match || !severities.includes(match[2])) throw new UsageError(`--rule takes <rule-id>=<${severities.join('|')}>, not '${text}'`);
	return { [match[1]]: match[2] as RuleSetting };
}

function count(text: string): number {
	if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings takes a whole number, not '${text}'`);
	return Number(text);
}

export const helpText = `Usage: etcd-config-lint [options] <file|dir>...

Checks etcd configuration files (/etc/default/etcd, /etc/etcd/etcd.conf, *.etcd.env). Files are checked
whatever their name; directories are searched for etcd config files (node_modules and .git are skipped).

Options:
  --format text|json|sarif   output format (default: text)
  --etcd-version 3.4|3.5|3.6|3.7
                             the etcd version the nodes run (default: 3.5, or the config file's)
  --rule <id>=<severity>     off, hint, information, warning or error for one rule; repeatable
  --config <file>            JSON settings: {"version": "3.4", "rules": {"<id>": "<severity>"}}
  --max-warnings <n>         exit 1 when there are more than n warnings
  --language en|ru           the language of messages and fix titles (default: en)
  --fix                      apply the safe fixes in place
  --quiet                    report errors only
  --version                  print the version
  --help                     print this help

Exit status: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 usage or I/O error.
`;
