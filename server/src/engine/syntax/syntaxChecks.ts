import { applyChanges } from '../edits';
import { optionByEnv, optionByName, specialVariables } from '../etcd/options';
import type { ConfigDocument } from '../model';
import type { TextChange } from '../rules/rule';
import { positionAt, type Span } from '../text';
import { parseEnvFile } from './envFile';

/*
 * Helpers of the syntax rules (invalid-line, invalid-key, shell-difference, duplicate-key, empty-value).
 */

/** What systemd makes of a text: every assignment it keeps, with its value, in file order. */
function systemdView(text: string): string {
	return parseEnvFile(text).nodes
		.flatMap(node => node.kind === 'assignment' && node.validName ? [`${node.name}=${node.value}`] : [])
		.join('\0');
}

/** Whether systemd reads exactly the same variables and values after the changes: such a fix is safe. */
export function readsTheSame(text: string, changes: readonly TextChange[]): boolean {
	return systemdView(text) === systemdView(applyChanges(text, changes));
}

/** Template expressions (`{{ … }}`, `{% … %}`, `{# … #}`, `${…}`, `%H`): a renderer decides what they become. */
export function templateSpans(text: string, within: Span): Span[] {
	const pattern = /\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\$\{[^}\r\n]*\}|%[a-zA-Z%]/g;
	const spans: Span[] = [];
	const slice = text.slice(within.start, within.end);
	for (const match of slice.matchAll(pattern)) spans.push({ start: within.start + (match.index ?? 0), end: within.start + (match.index ?? 0) + match[0].length });
	return spans;
}

export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

/**
 * The variable a misspelt name stands for: `ETCD-NAME`, `etcd_name`, `ETCD NAME` give `ETCD_NAME`, a flag
 * (`--data-dir`) or YAML key (`data-dir`) gives its ETCD_ variable, `daemon-args` gives Debian's `DAEMON_ARGS`.
 */
export function intendedVariable(word: string): string | undefined {
	const byName = optionByName(word.replace(/^--?/, '').toLowerCase().replace(/_/g, '-'));
	if (byName && (word.startsWith('-') || /^[a-z][a-z0-9-]*$/.test(word))) return byName.env;
	const normalized = word.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
	if (optionByEnv(normalized) || specialVariables.includes(normalized) || normalized === 'DAEMON_ARGS') return normalized;
	return undefined;
}

/** The 1-based line number of an offset, for messages. */
export function lineNumber(doc: ConfigDocument, offset: number): number {
	return positionAt(doc.lines, offset).line + 1;
}

/** A value for a message: quoted, shortened when long, control characters shown. */
export function shown(value: string): string {
	const short = value.length > 80 ? value.slice(0, 77) + '…' : value;
	return `'${short.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

/** The offset where the line holding `offset` ends (before its line end). */
export function lineEndAt(text: string, offset: number): number {
	const match = /[\r\n]/.exec(text.slice(offset));
	return match ? offset + match.index : text.length;
}

/** From a span's start back over the blanks before it. */
export function blanksBefore(text: string, offset: number): number {
	let start = offset;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
	return start;
}

/** From an offset on over the blanks after it. */
export function blanksAfter(text: string, offset: number): number {
	let end = offset;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
	return end;
}
