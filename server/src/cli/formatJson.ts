import { nameOf, pathOfUri, summarize, type FileResult } from './results';

/** Exactly one JSON object: every examined file, its diagnostics with 0-based LSP ranges, and a summary. */
export function formatJson(results: readonly FileResult[], toolVersion: string): string {
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
		})),
		summary: summarize(results),
	}, null, 2) + '\n';
}
