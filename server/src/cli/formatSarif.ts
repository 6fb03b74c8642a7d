import type { Diagnostic } from 'vscode-languageserver-types';
import type { Rule } from '../engine';
import { nameOf, pathOfUri, type FileResult } from './results';

const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, the format code-scanning tools read: one run, the rules, one result per diagnostic. */
export function formatSarif(results: readonly FileResult[], rules: readonly Rule[], toolVersion: string, rulesDocBase: string): string {
	const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
	const location = (path: string, range: Diagnostic['range']) => ({
		physicalLocation: {
			artifactLocation: { uri: encodeURI(path.split('\\').join('/')) },
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
			artifacts: results.map(result => ({ location: { uri: encodeURI(result.path.split('\\').join('/')) } })),
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
