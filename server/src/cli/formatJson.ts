import { cliMessagesEn, type CliMessages } from '../engine';
import { fixCounts } from './fixReport';
import type { FixOutcome } from './fixOutcome';
import { nameOf, pathOfUri, summarize, type FileResult } from './results';

/**
 * Exactly one JSON object: every examined file, its diagnostics with 0-based LSP ranges, and a summary; with --fix
 * also what was done with each file and how many were written and left as they were. Written file by file, as
 * JSON.stringify(…, null, 2) would write it whole: thousands of files make a report of tens of megabytes, which the
 * CLI then never holds at once.
 */
export function* jsonChunks(results: readonly FileResult[], toolVersion: string, messages: CliMessages = cliMessagesEn): Generator<string> {
	yield `{\n  "version": ${JSON.stringify(toolVersion)},\n  "files": [`;
	for (const [index, result] of results.entries()) {
		yield `${index > 0 ? ',' : ''}\n    ${indented(fileOf(result, results, messages), '    ')}`;
	}
	yield results.length > 0 ? '\n  ],\n' : '],\n';
	yield `  "summary": ${indented({ ...summarize(results), ...fixCounts(results) }, '  ')}\n}\n`;
}

/** A value as JSON.stringify writes it with an indent of 2, at a depth whose lines start with `prefix`. */
function indented(value: unknown, prefix: string): string {
	// JSON strings hold no raw line ends: every line end is the layout's.
	return JSON.stringify(value, null, 2).replaceAll('\n', `\n${prefix}`);
}

function fileOf(result: FileResult, results: readonly FileResult[], messages: CliMessages): object {
	return {
		path: result.path,
		diagnostics: result.diagnostics.map(diagnostic => ({
			rule: String(diagnostic.code),
			severity: nameOf(diagnostic),
			message: diagnostic.message,
			range: diagnostic.range,
			related: (diagnostic.relatedInformation ?? []).map(related => ({
				path: pathOfUri(results, related.location.uri),
				range: related.location.range,
				message: related.message,
			})),
		})),
		...(result.fix ? { fix: fixOf(result.fix, messages) } : {}),
	};
}

function fixOf(fix: FixOutcome, messages: CliMessages): object {
	if (fix.status === 'refused') return { status: fix.status, reason: fix.reason, message: messages.refusals[fix.reason](fix.detail) };
	return fix.status === 'written' && fix.target ? { status: fix.status, target: fix.target } : { status: fix.status };
}
