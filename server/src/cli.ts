import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseArgs, UsageError, type CliOptions } from './cli/args';
import { CliError } from './cli/cliError';
import { collectFiles, readText, writeAtomically, type Candidate } from './cli/files';
import { composeEnvFilesIn, composeFoldersOf } from './composeFiles';
import { formatJson } from './cli/formatJson';
import { formatSarif } from './cli/formatSarif';
import { formatText } from './cli/formatText';
import { summarize, type FileResult } from './cli/results';
import {
	documentContext, fixText, globToRegExp, indexClusters, locales, matchesAny, messagesFor, parseDocument, recogniseFile, rules, siblingsOf, validate,
	type CliMessages, type EngineSettings, type Locale, type Placement,
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
}

/** The whole CLI as a function of its arguments: returns the exit status (0 clean, 1 problems, 2 usage or I/O). */
export function run(argv: readonly string[], io: Io): number {
	try {
		const options = parseArgs(argv);
		if (options.showHelp) return print(io, messagesFor(options.locale).cli.help);
		if (options.showVersion) return print(io, `${toolVersion}\n`);
		if (options.paths.length === 0) throw new UsageError(m => m.noPaths);
		const settings = validationSettings(options);
		const results = lint(collectFiles(options.paths), settings, options);
		io.stdout(render(results, options, io.colour, messagesFor(settings.locale).cli));
		return exitStatus(results, options);
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

function validationSettings(options: CliOptions): EngineSettings & { readonly locale: Locale; readonly clusterGroups: Readonly<Record<string, readonly string[]>> } {
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
		clusterGroups: fromFile.clusterGroups,
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
 * Reads (and with --fix, fixes) every etcd config among the files, then checks each against the other files of its
 * cluster. Other tools' files (a Kubernetes manifest, a compose file, a unit) are left out, even when named.
 */
function lint(candidates: readonly Candidate[], settings: EngineSettings & { readonly clusterGroups: Readonly<Record<string, readonly string[]>> }, options: CliOptions): FileResult[] {
	const byCompose = composeEnvFilesIn(candidates.flatMap(({ path }) => composeFoldersOf(resolve(path))));
	const docs = candidates.flatMap(({ path, named, relative }) => {
		const uri = pathToFileURL(resolve(path)).toString();
		let text = readText(path);
		if (recogniseFile(relative, text, named) !== 'etcd-config') return [];
		const hints = { composeEnvFile: byCompose.has(resolve(path)) };
		if (options.fix) {
			const fixed = fixText(uri, text, settings, hints);
			if (fixed !== text) writeAtomically(path, fixed);
			text = fixed;
		}
		return [{ path, doc: parseDocument(uri, text, hints) }];
	});
	const clusters = indexClusters(docs.map(d => d.doc), statedByGroups(settings.clusterGroups));
	return docs.map(({ path, doc }) => ({
		path,
		uri: doc.uri,
		text: doc.text,
		diagnostics: validate(doc, documentContext(doc, settings, siblingsOf(clusters, doc.uri))).filter(d => !options.quiet || d.severity === DiagnosticSeverity.Error),
	}));
}

/** The cluster that the settings file's `cluster.groups` names for a file, by its path relative to the current folder. */
function statedByGroups(groups: Readonly<Record<string, readonly string[]>>): Placement {
	const compiled = Object.entries(groups).map(([name, globs]) => ({ name, globs: globs.map(globToRegExp) }));
	return doc => {
		const path = relative(process.cwd(), fileURLToPath(doc.uri)).split(sep).join('/');
		return { stated: compiled.find(group => matchesAny(path, group.globs))?.name };
	};
}

function render(results: readonly FileResult[], options: CliOptions, colour: boolean, messages: CliMessages): string {
	switch (options.format) {
		case 'json': return formatJson(results, toolVersion);
		case 'sarif': return formatSarif(results, rules, toolVersion, rulesDocBase);
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
	process.exitCode = run(process.argv.slice(2), {
		stdout: text => process.stdout.write(text),
		stderr: text => process.stderr.write(text),
		colour,
	});
}
