import { cliMessagesEn, type CliMessages } from '../engine';
import { fixCounts } from './fixReport';
import type { FixOutcome } from './fixOutcome';
import { nameOf, pathOfUri, summarize, type FileResult } from './results';

/**
 * Exactly one JSON object: every examined file, its diagnostics with 0-based LSP ranges, and a summary; with --fix
 * also what was done with each file and how many were written and left as they were.
 */
export function formatJson(results: readonly FileResult[], toolVersion: string, messages: CliMessages = cliMessagesEn): string {
	const counts = fixCounts(results);
	return JSON.stringify({
		version: toolVersion,
		files: results.map(result => ({
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
		})),
		summary: { ...summarize(results), ...counts },
	}, null, 2) + '\n';
}

function fixOf(fix: FixOutcome, messages: CliMessages): object {
	if (fix.status === 'refused') return { status: fix.status, reason: fix.reason, message: messages.refusals[fix.reason](fix.detail) };
	return fix.status === 'written' && fix.target ? { status: fix.status, target: fix.target } : { status: fix.status };
}
