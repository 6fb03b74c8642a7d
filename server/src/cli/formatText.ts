import type { Diagnostic } from 'vscode-languageserver-types';
import { cliMessagesEn, type CliMessages } from '../engine';
import { fixLine } from './fixReport';
import { forTerminal } from './terminalText';
import { nameOf, pathOfUri, summarize, type FileResult } from './results';

const colours = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', reset: '\x1b[0m' };

/**
 * `path:line:col severity rule-id message`, 1-based like compilers print, with a code frame under each. Whatever
 * comes from a file (paths, messages quoting values, the framed line) is shown through forTerminal.
 */
export function formatText(results: readonly FileResult[], colour: boolean, messages: CliMessages = cliMessagesEn): string {
	const paint = (code: keyof typeof colours, text: string) => colour ? colours[code] + text + colours.reset : text;
	const out: string[] = [];
	for (const result of results) {
		const shown = (text: string) => forTerminal(text, result.secrets);
		const lines = result.text.split(/\r\n|\r|\n/);
		for (const diagnostic of result.diagnostics) {
			const { line, character } = diagnostic.range.start;
			const severity = nameOf(diagnostic);
			out.push(`${shown(result.path)}:${line + 1}:${character + 1} ${paint(severity, severity)} ${diagnostic.code} ${shown(String(diagnostic.message))}`);
			out.push(...codeFrame(lines, diagnostic, shown).map(l => paint('dim', l)));
			for (const related of diagnostic.relatedInformation ?? []) {
				const at = related.location.range.start;
				out.push(paint('dim', `    ${shown(pathOfUri(results, related.location.uri))}:${at.line + 1}:${at.character + 1}: ${shown(related.message)}`));
			}
		}
	}
	// Every file --fix wrote, and every one it had to leave as it was (those also on stderr).
	for (const result of results) {
		const line = fixLine(result, messages);
		if (line) out.push(forTerminal(line, []));
	}
	const summary = summarize(results);
	out.push(messages.summary(summary.files, summary.errors, summary.warnings, summary.information, summary.hints));
	return out.join('\n') + '\n';
}

/**
 * The line of the problem and a `^~~~` under its range (first line only for ranges over several lines). The marker
 * is measured on the line as shown (escapes and masks change its length), so it still points at the range.
 */
function codeFrame(lines: readonly string[], diagnostic: Diagnostic, shown: (text: string) => string): string[] {
	const { start, end } = diagnostic.range;
	const source = lines[start.line] ?? '';
	if (source.length > 300) return [];
	const rangeEnd = end.line === start.line ? end.character : source.length;
	const width = Math.max(1, shown(source.slice(start.character, rangeEnd)).length);
	const gutter = `${start.line + 1} | `;
	// Blanks under the text, tabs under tabs: runs of each (a match per character made the regex test's timing flaky).
	const tabsAware = shown(source.slice(0, start.character)).replace(/[^\t]+/g, run => ' '.repeat(run.length));
	return [`  ${gutter}${shown(source)}`, `  ${' '.repeat(gutter.length)}${tabsAware}^${'~'.repeat(width - 1)}`];
}
