import { optionByEnv, optionByName, specialVariables } from '../etcd/options';
import type { ConfigDocument } from '../model';
import { positionAt, type Span } from '../text';

/*
 * Helpers of the syntax rules (invalid-line, invalid-key, shell-difference, duplicate-key, empty-value).
 */

/** Template expressions (`{{ … }}`, `{% … %}`, `{# … #}`, `${…}`, `%H`): a renderer decides what they become. */
export function templateSpans(text: string, within: Span): Span[] {
	const spans: Span[] = [];
	// Per opener, the offset up to which no closer is left on the line: a run of `{{` without `}}` is searched once,
	// not once per opener (the regex /\{\{.*?\}\}|…/ did that, quadratic in the run's length).
	const hopeless = new Map<string, number>();
	for (let i = within.start; i < within.end;) {
		const end = templateAt(text, i, within.end, hopeless);
		if (end === undefined) {
			i++;
		} else {
			spans.push({ start: i, end });
			i = end;
		}
	}
	return spans;
}

const templateKinds = [
	{ open: '{{', close: '}}', breaks: '\n\r\u2028\u2029' },
	{ open: '{%', close: '%}', breaks: '\n\r\u2028\u2029' },
	{ open: '{#', close: '#}', breaks: '\n\r\u2028\u2029' },
	{ open: '${', close: '}', breaks: '\n\r' },
];

/** The end of the template expression that starts at `i`, if one does (`{{ … }}` on one line, `%H`, …). */
function templateAt(text: string, i: number, limit: number, hopeless: Map<string, number>): number | undefined {
	if (text[i] === '%' && i + 1 < limit && /[a-zA-Z%]/.test(text[i + 1])) return i + 2;
	const kind = templateKinds.find(k => text.startsWith(k.open, i) && i + k.open.length <= limit);
	if (!kind || i < (hopeless.get(kind.open) ?? -1)) return undefined;
	// One walk to the first closer or line break, whichever comes first.
	for (let j = i + kind.open.length; j < limit; j++) {
		if (text.startsWith(kind.close, j) && j + kind.close.length <= limit) return j + kind.close.length;
		if (kind.breaks.includes(text[j])) {
			hopeless.set(kind.open, j);
			return undefined;
		}
	}
	hopeless.set(kind.open, limit);
	return undefined;
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
