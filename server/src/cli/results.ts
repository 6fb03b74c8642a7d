import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FixOutcome } from './fixOutcome';

export interface FileResult {
	/** As given on the command line or found below a directory argument. */
	readonly path: string;
	readonly uri: string;
	readonly text: string;
	readonly diagnostics: readonly Diagnostic[];
	/** The file's passwords (see engine/secrets.ts): the text format masks them in the lines it shows. */
	readonly secrets: readonly string[];
	/** With --fix: whether the file was written, and why not when its fixes were left undone. */
	readonly fix?: FixOutcome;
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export const severityName: Record<DiagnosticSeverity, SeverityName> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};

export function nameOf(diagnostic: Diagnostic): SeverityName {
	return severityName[diagnostic.severity ?? DiagnosticSeverity.Error];
}

export interface Summary {
	files: number;
	errors: number;
	warnings: number;
	information: number;
	hints: number;
}

export function summarize(results: readonly FileResult[]): Summary {
	const summary: Summary = { files: results.length, errors: 0, warnings: 0, information: 0, hints: 0 };
	const field = { error: 'errors', warning: 'warnings', information: 'information', hint: 'hints' } as const;
	for (const result of results) for (const diagnostic of result.diagnostics) summary[field[nameOf(diagnostic)]]++;
	return summary;
}

/** The path a related location's uri stands for, as the user gave it when it is one of the linted files. */
export function pathOfUri(results: readonly FileResult[], uri: string): string {
	return pathsByUri(results).get(uri) ?? uri;
}

// One map per run: a search of every result for each related location grew with the square of the files.
const pathMaps = new WeakMap<readonly FileResult[], ReadonlyMap<string, string>>();

function pathsByUri(results: readonly FileResult[]): ReadonlyMap<string, string> {
	let paths = pathMaps.get(results);
	if (!paths) {
		const map = new Map<string, string>();
		for (const result of results) if (!map.has(result.uri)) map.set(result.uri, result.path);
		pathMaps.set(results, paths = map);
	}
	return paths;
}
