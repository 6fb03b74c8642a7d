import { locales, parseTarget, type EtcdVersionSpec, type Locale, type RuleSetting } from '../engine';
import { CliError } from './cliError';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
	readonly paths: readonly string[];
	readonly format: OutputFormat;
	/** A minor (`3.5`) or a patch release (`3.4.23`). */
	readonly version?: EtcdVersionSpec;
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

export class UsageError extends CliError {}

const severities: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Reads the command line; anything unknown or malformed is a UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): CliOptions {
	const paths: string[] = [];
	const rules: Record<string, RuleSetting> = {};
	let format: OutputFormat = 'text';
	let version: EtcdVersionSpec | undefined;
	let configFile: string | undefined;
	let maxWarnings: number | undefined;
	let locale: Locale | undefined;
	const flags = { fix: false, quiet: false, showVersion: false, showHelp: false };
	for (let i = 0; i < argv.length; i++) {
		const [name, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
		const value = () => {
			const next = inline ?? argv[++i];
			if (next === undefined) throw new UsageError(m => m.needsValue(name));
			return next;
		};
		switch (name) {
			case '--format': format = oneOf(value(), ['text', 'json', 'sarif'], name) as OutputFormat; break;
			case '--etcd-version': version = etcdVersion(value(), name); break;
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
				if (name.startsWith('-') && name !== '-') throw new UsageError(m => m.unknownOption(name));
				paths.push(argv[i]);
		}
	}
	return { paths, format, version, rules, configFile, maxWarnings, locale, ...flags };
}

function oneOf(value: string, allowed: readonly string[], option: string): string {
	if (!allowed.includes(value)) throw new UsageError(m => m.oneOf(option, allowed.join(', '), value));
	return value;
}

/** `3.4` to `3.7`, or one of their patch releases up to the newest the facts know. */
function etcdVersion(text: string, option: string): EtcdVersionSpec {
	if (!parseTarget(text)) throw new UsageError(m => m.etcdVersion(option, text));
	return text.trim() as EtcdVersionSpec;
}

function ruleSetting(text: string): Record<string, RuleSetting> {
	const match = /^([a-z0-9-]+)=([a-z]+)$/.exec(text);
	if (!match || !severities.includes(match[2])) throw new UsageError(m => m.ruleSyntax(severities.join('|'), text));
	return { [match[1]]: match[2] as RuleSetting };
}

function count(text: string): number {
	if (!/^\d+$/.test(text)) throw new UsageError(m => m.maxWarningsSyntax(text));
	return Number(text);
}
