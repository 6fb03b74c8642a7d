import type { Diagnostic } from 'vscode-languageserver-types';
import { cliMessagesEn, type CliMessages } from '../engine';
import { fixCounts, fixLine } from './fixReport';
import { nameOf, pathOfUri, type FileResult } from './results';

const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, the format code-scanning tools read: one run, the rules, one result per diagnostic. */
export function formatSarif(results: readonly FileResult[], rules: readonly { readonly id: string; readonly severity: keyof typeof level }[], toolVersion: string, rulesDocBase: string, messages: CliMessages = cliMessagesEn): string {
	const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
	const location = (path: string, range: Diagnostic['range']) => ({
		physicalLocation: {
			artifactLocation: artifactLocation(path),
			region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
		},
	});
	const sarif = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [{
			tool: {
				driver: {
					name: 'etcd-config-lint',
					version: toolVersion,
					informationUri: 'https://etcd.io/docs/',
					rules: rules.map(rule => ({
						id: rule.id,
						helpUri: `${rulesDocBase}#${rule.id}`,
						defaultConfiguration: { level: level[rule.severity] },
					})),
				},
			},
			// With --fix, the files written are "modified" artifacts, and every file written or left as it was is a notification.
			artifacts: results.map(result => ({ location: artifactLocation(result.path), ...(result.fix?.status === 'written' ? { roles: ['analysisTarget', 'modified'] } : {}) })),
			...(fixCounts(results) ? { invocations: [invocation(results, messages)] } : {}),
			results: results.flatMap(result => result.diagnostics.map(diagnostic => ({
				ruleId: String(diagnostic.code),
				ruleIndex: ruleIndex.get(String(diagnostic.code)) ?? -1,
				level: level[nameOf(diagnostic)],
				message: { text: diagnostic.message },
				locations: [location(result.path, diagnostic.range)],
				relatedLocations: (diagnostic.relatedInformation ?? []).map((related, id) => ({
					id,
					...location(pathOfUri(results, related.location.uri), related.location.range),
					message: { text: related.message },
				})),
			}))),
		}],
	};
	return JSON.stringify(sarif, null, 2) + '\n';
}

function artifactLocation(path: string): { uri: string } {
	return { uri: encodeURI(path.split('\\').join('/')) };
}

/** What --fix did: successful only if no file had to be left as it was; a note per file written, an error per file left. */
function invocation(results: readonly FileResult[], messages: CliMessages): object {
	const notifications = results.flatMap(result => {
		const text = fixLine(result, messages);
		if (!text) return [];
		const level = result.fix?.status === 'refused' ? 'error' : 'note';
		return [{ level, message: { text }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.path) } }] }];
	});
	return { executionSuccessful: !results.some(result => result.fix?.status === 'refused'), toolExecutionNotifications: notifications };
}
