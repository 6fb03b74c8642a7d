import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseArgs, UsageError, type CliOptions } from './cli/args';
import { CliError } from './cli/cliError';
import { collectFiles, readSource, readText } from './cli/files';
import { fixFile, type FixHooks } from './cli/fixFile';
import { fixLine } from './cli/fixReport';
import { formatJson } from './cli/formatJson';
import { formatSarif } from './cli/formatSarif';
import { formatText } from './cli/formatText';
import { summarize, type FileResult } from './cli/results';
import {
	documentContext, fixText, indexClusters, locales, messagesFor, parseDocument, rules, secretsOf, siblingsOf, validate,
	type CliMessages, type EngineSettings, type Locale,
} from './engine';
import { readSettings } from './settings';
import { generateToken } from './token';

declare const TOOL_VERSION: string;
const toolVersion = typeof TOOL_VERSION === 'string' ? TOOL_VERSION : '0.0.0-dev';
// dist/cli.js sits next to docs/ in the package.
const rulesDocBase = pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).toString();

export interface Io {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly colour: boolean;
	/** For tests: moments inside --fix (a file changed just before it is replaced, a name tried for the new file). */
	readonly fixHooks?: FixHooks;
}

/** The whole CLI as a function of its arguments: returns the exit status (0 clean, 1 problems, 2 usage or I/O). */
export function run(argv: readonly string[], io: Io): number {
	try {
		const options = parseArgs(argv);
		if (options.showHelp) return print(io, messagesFor(options.locale).cli.help);
		if (options.showVersion) return print(io, `${toolVersion}\n`);
		if (options.paths.length === 0) throw new UsageError(m => m.noPaths);
		const settings = validationSettings(options);
		const results = lint(collectFiles(options.paths), settings, options, io.fixHooks);
		const messages = messagesFor(settings.locale).cli;
		io.stdout(render(results, options, io.colour, messages));
		// Files --fix had to leave as they were: one line each on stderr, whatever the format, and exit status 2.
		const refused = results.filter(result => result.fix?.status === 'refused');
		for (const result of refused) io.stderr(`etcd-config-lint: ${fixLine(result, messages)}\n`);
		return refused.length > 0 ? 2 : exitStatus(results, options);
	} catch (error) {
		if (error instanceof CliError) {
			io.stderr(`etcd-config-lint: ${error.text(messagesFor(languageAsked(argv)).cli)}\n`);
			return 2;
		}
		throw error;
	}
}

/** `--language` as given, read apart from parseArgs so that its own errors (and those before it) are localized. */
function languageAsked(argv: readonly string[]): Locale {
	const at = argv.findIndex(arg => arg === '--language' || arg.startsWith('--language='));
	const value = at < 0 ? undefined : argv[at].includes('=') ? argv[at].slice(argv[at].indexOf('=') + 1) : argv[at + 1];
	return locales.find(locale => locale === value) ?? 'en';
}

function print(io: Io, text: string): number {
	io.stdout(text);
	return 0;
}

function validationSettings(options: CliOptions): EngineSettings & { readonly locale: Locale } {
	const fromFile = options.configFile ? readConfig(options.configFile) : readSettings(undefined);
	const known = new Set(rules.map(rule => rule.id));
	const unknown = Object.keys({ ...fromFile.rules, ...options.rules }).filter(id => !known.has(id));
	if (unknown.length > 0) throw new UsageError(m => m.unknownRule(unknown.join(', ')));
	return {
		version: options.version ?? fromFile.version,
		rules: { ...fromFile.rules, ...options.rules },
		rulesDocBase,
		newToken: () => generateToken(fromFile.tokenLength),
		locale: options.locale ?? (fromFile.language === 'auto' ? 'en' : fromFile.language),
	};
}

function readConfig(path: string) {
	try {
		return readSettings(JSON.parse(readText(path)));
	} catch (error) {
		if (error instanceof SyntaxError) throw new UsageError(m => m.invalidJson(path, error.message));
		throw error;
	}
}

/**
 * Reads (and with --fix, fixes) every file, then checks each against the other files of its cluster. A file that
 * --fix must leave as it was is linted as it is, and the run goes on with the others.
 */
function lint(paths: readonly string[], settings: EngineSettings, options: CliOptions, hooks?: FixHooks): FileResult[] {
	const docs = paths.map(path => {
		const uri = pathToFileURL(resolve(path)).toString();
		if (!options.fix) return { path, doc: parseDocument(uri, readSource(path)) };
		const { outcome, text } = fixFile(path, source => fixText(uri, source, settings), hooks);
		return { path, doc: parseDocument(uri, text ?? ''), fix: outcome };
	});
	const clusters = indexClusters(docs.map(d => d.doc));
	return docs.map(({ path, doc, fix }) => ({
		path,
		uri: doc.uri,
		text: doc.text,
		diagnostics: validate(doc, documentContext(doc, settings, siblingsOf(clusters, doc.uri))).filter(d => !options.quiet || d.severity === DiagnosticSeverity.Error),
		secrets: secretsOf(doc),
		fix,
	}));
}

function render(results: readonly FileResult[], options: CliOptions, colour: boolean, messages: CliMessages): string {
	switch (options.format) {
		case 'json': return formatJson(results, toolVersion, messages);
		case 'sarif': return formatSarif(results, rules, toolVersion, rulesDocBase, messages);
		case 'text': return formatText(results, colour, messages);
	}
}

function exitStatus(results: readonly FileResult[], options: CliOptions): number {
	const summary = summarize(results);
	if (summary.errors > 0) return 1;
	if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
	return 0;
}

if (require.main === module) {
	const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
	// A reader that stops early (`| head -1`) closes the pipe: the rest of the report has nowhere to go, which is
	// no error of ours. End quietly with the status already decided, instead of Node's stack trace.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
		process.exit(process.exitCode ?? 0);
	});
	process.exitCode = run(process.argv.slice(2), {
		stdout: text => process.stdout.write(text),
		stderr: text => process.stderr.write(text),
		colour,
	});
}
