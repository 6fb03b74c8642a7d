import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseArgs, UsageError, type CliOptions } from './cli/args';
import { CliError } from './cli/cliError';
import { collectFiles, readSource, readText, type Candidate } from './cli/files';
import { fixFile, type FixHooks } from './cli/fixFile';
import { fixLine } from './cli/fixReport';
import type { FixOutcome } from './cli/fixOutcome';
import { composeEnvFilesIn, composeFoldersOf } from './composeFiles';
import { formatJson } from './cli/formatJson';
import { formatSarif } from './cli/formatSarif';
import { formatText } from './cli/formatText';
import { summarize, type FileResult } from './cli/results';
import {
	documentContext, fixText, globToRegExp, indexClusters, isCheckedKind, loadLinksOf, loadsFiles, loadTargets, locales, matchesAny, messagesFor, parseDocument, parsePatroni,
	patroniFormat, recogniseFile, ruleRegistry, secretsOf, siblingsOf, validate, type CliMessages, type ConfigDocument, type EngineSettings,
	type LoadLink, type Locale, type PatroniDocument, type Placement,
} from './engine';
import { lintPatroni } from './cli/lintPatroni';
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

type CliSettings = EngineSettings & { readonly locale: Locale; readonly clusterGroups: Readonly<Record<string, readonly string[]>> };

function validationSettings(options: CliOptions): CliSettings {
	const fromFile = options.configFile ? readConfig(options.configFile) : readSettings(undefined);
	const known = new Set(ruleRegistry.map(rule => rule.id));
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
 * cluster. Other tools' files (a Kubernetes manifest, a compose file, a unit) are left out, even when named. A file
 * that --fix must leave as it was is linted as it is, and the run goes on with the others.
 */
function lint(candidates: readonly Candidate[], settings: CliSettings, options: CliOptions, hooks?: FixHooks): FileResult[] {
	const byCompose = composeEnvFilesIn(candidates.flatMap(({ path }) => composeFoldersOf(resolve(path))));
	const patroni: { path: string; doc: PatroniDocument }[] = [];
	const docs = candidates.flatMap(({ path, named, relative }): { path: string; doc: ConfigDocument; fix?: FixOutcome }[] => {
		const uri = pathToFileURL(resolve(path)).toString();
		const source = readSource(path);
		const kind = recogniseFile(relative, source, named);
		if (kind === 'patroni') patroni.push({ path, doc: parsePatroni(uri, source, patroniFormat(source)) });
		if (!isCheckedKind(kind)) return [];
		const hints = { composeEnvFile: byCompose.has(resolve(path)) };
		if (!options.fix) return [{ path, doc: parseDocument(uri, source, hints) }];
		const { outcome, text } = fixFile(path, current => fixText(uri, current, settings, hints), hooks);
		return [{ path, doc: parseDocument(uri, text ?? source, hints), fix: outcome }];
	});
	const placement = statedByGroups(settings.clusterGroups);
	const clusters = indexClusters(docs.map(d => d.doc), placement);
	const links = linksAmong(docs.map(d => d.doc));
	const patroniResults = lintPatroni(patroni, clusters, placement, settings, options.quiet);
	const order = new Map(candidates.map(({ path }, index) => [path, index]));
	return [...docs.map(({ path, doc, fix }): FileResult => ({
		path,
		uri: doc.uri,
		text: doc.text,
		diagnostics: validate(doc, documentContext(doc, settings, siblingsOf(clusters, doc.uri), [], () => links(doc))).filter(d => !options.quiet || d.severity === DiagnosticSeverity.Error),
		secrets: secretsOf(doc),
		fix,
	})), ...patroniResults].sort((a, b) => order.get(a.path)! - order.get(b.path)!);
}

/** A unit or compose service and the env files it loads, among the files of the run: one member, checked together. */
function linksAmong(docs: readonly ConfigDocument[]): (doc: ConfigDocument) => LoadLink[] {
	const byUri = new Map(docs.map(doc => [doc.uri, doc]));
	const targets = loadTargets(byUri.keys());
	const loaders = docs.filter(loadsFiles);
	return doc => loadLinksOf(doc, loaders, targets, uri => byUri.get(uri));
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
		case 'json': return formatJson(results, toolVersion, messages);
		case 'sarif': return formatSarif(results, ruleRegistry, toolVersion, rulesDocBase, messages);
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
