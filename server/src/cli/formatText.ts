import type { Diagnostic } from 'vscode-languageserver-types';
import { cliMessagesEn, type CliMessages } from '../engine/l10n/cli.en';
import { fixLine } from './fixReport';
import { nameOf, pathOfUri, summarize, type FileResult } from './results';

const colours = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** `path:line:col severity rule-id message`, 1-based like compilers print, with a code frame under each. */
export function formatText(results: readonly FileResult[], colour: boolean, messages: CliMessages = cliMessagesEn): string {
	const paint = (code: keyof typeof colours, text: string) => colour ? colours[code] + text + colours.reset : text;
	const out: string[] = [];
	for (const result of results) {
		const lines = result.text.split(/\r\n|\r|\n/);
		for (const diagnostic of result.diagnostics) {
			const { line, character } = diagnostic.range.start;
			const severity = nameOf(diagnostic);
			out.push(`${result.path}:${line + 1}:${character + 1} ${paint(severity, severity)} ${diagnostic.code} ${diagnostic.message}`);
			out.push(...codeFrame(lines, diagnostic).map(l => paint('dim', l)));
			for (const related of diagnostic.relatedInformation ?? []) {
				const at = related.location.range.start;
				out.push(paint('dim', `    ${pathOfUri(results, related.location.uri)}:${at.line + 1}:${at.character + 1}: ${related.message}`));
			}
		}
	}
	// Every file --fix wrote, and every one it had to leave as it was (those also on stderr).
	for (const result of results) {
		const line = fixLine(result, messages);
		if (line) out.push(line);
	}
	const summary = summarize(results);
	out.push(messages.summary(summary.files, summary.errors, summary.warnings, summary.information, summary.hints));
	return out.join('\n') + '\n';
}

/** The line of the problem and a `^~~~` under its range (first line only for ranges over several lines). */
function codeFrame(lines: readonly string[], diagnostic: Diagnostic): string[] {
	const { start, end } = diagnostic.range;
	const source = lines[start.line] ?? '';
	if (source.length > 300) return [];
	const width = Math.max(1, (end.line === start.line ? end.character : source.length) - start.character);
	const gutter = `${start.line + 1} | `;
	const tabsAware = source.slice(0, start.character).replace(/[^\t]/g, ' ');
	return [`  ${gutter}${source}`, `  ${' '.repeat(gutter.length)}${tabsAware}^${'~'.repeat(width - 1)}`];
}
