import type { Span } from '../text/lineIndex';
import { templateMark } from './templates';

/*
 * A systemd unit file (or drop-in) as systemd's config parser reads it: `[Section]` headers, `Key=value` lines,
 * `#`/`;` comment lines. A line whose last character is an unescaped backslash continues on the next line: the
 * backslash becomes a blank, the next line's leading blanks go, and comment lines inside the continuation are
 * skipped. Every character of a directive's value keeps the file offset it came from.
 */

export interface UnitDirective {
	readonly section: string;
	readonly key: string;
	readonly keySpan: Span;
	/** From the first character of the key to the end of the last continued line, line end excluded. */
	readonly span: Span;
	/** The value as systemd joins it (continuations made blanks), before specifiers or quotes are read. */
	readonly value: string;
	/** offsets[i] is the file offset of value[i]; one extra entry marks the end. */
	readonly offsets: readonly number[];
}

interface Line {
	readonly start: number;
	/** Where the line's text ends, before its line end. */
	readonly end: number;
}

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	const pattern = /\r\n|\r|\n/g;
	let start = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		lines.push({ start, end: match.index });
		start = match.index + match[0].length;
	}
	if (start < text.length) lines.push({ start, end: text.length });
	return lines;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Whether a stripped line ends with a backslash that nothing escapes: systemd then continues on the next line. */
function continues(text: string, start: number, end: number): boolean {
	let escaped = false;
	for (let i = start; i < end; i++) escaped = !escaped && text[i] === '\\';
	return escaped;
}

function stripped(text: string, line: Line): Line {
	let { start, end } = line;
	while (start < end && isBlank(text[start])) start++;
	while (end > start && isBlank(text[end - 1])) end--;
	return { start, end };
}

/** Every directive of the file, in order, with the section it stands in. */
export function parseUnit(text: string): UnitDirective[] {
	const lines = linesOf(text);
	const directives: UnitDirective[] = [];
	let section = '';
	for (let i = 0; i < lines.length; i++) {
		const { start, end } = stripped(text, lines[i]);
		const first = text[start];
		if (start === end || first === '#' || first === ';') continue;
		if (first === '[' && text[end - 1] === ']') {
			section = text.slice(start + 1, end - 1);
			continue;
		}
		const equals = text.indexOf('=', start);
		if (equals < 0 || equals >= end) continue;
		const read = readValue(text, lines, i, equals + 1);
		i = read.lastLine;
		let keyEnd = equals;
		while (keyEnd > start && isBlank(text[keyEnd - 1])) keyEnd--;
		directives.push({
			section, key: text.slice(start, keyEnd), keySpan: { start, end: keyEnd },
			span: { start, end: read.end }, value: read.value, offsets: read.offsets,
		});
	}
	return directives;
}

function readValue(text: string, lines: readonly Line[], index: number, from: number): { value: string; offsets: number[]; lastLine: number; end: number } {
	let value = '';
	const offsets: number[] = [];
	let line = { start: from, end: stripped(text, lines[index]).end };
	while (line.start < line.end && isBlank(text[line.start]) && value === '') line = { ...line, start: line.start + 1 };
	for (;;) {
		const more = continues(text, line.start, line.end);
		for (let i = line.start; i < (more ? line.end - 1 : line.end); i++) {
			value += text[i];
			offsets.push(i);
		}
		if (!more) return { value, offsets: [...offsets, line.end], lastLine: index, end: line.end };
		value += ' ';
		offsets.push(line.end - 1);
		// Comment lines inside a continuation are skipped; the continuation goes on after them.
		do index++;
		while (index < lines.length && /^[#;]/.test(text.slice(stripped(text, lines[index]).start, lines[index].end)));
		if (index >= lines.length) return { value, offsets: [...offsets, line.end], lastLine: index - 1, end: line.end };
		line = stripped(text, lines[index]);
	}
}

/** A value with its offsets, as the steps below hand it on. */
export interface Located {
	readonly text: string;
	readonly offsets: readonly number[];
}

/**
 * Specifiers (`%H`, `%i`, …) are the host's or the unit's: systemd fills them in, so their characters become the
 * template mark (a value holding it is unknown); `%%` is a `%`.
 */
export function markSpecifiers(value: Located): Located {
	let text = '';
	const offsets: number[] = [];
	for (let i = 0; i < value.text.length; i++) {
		if (value.text[i] === '%' && i + 1 < value.text.length) {
			const percent = value.text[i + 1] === '%';
			text += percent ? '%' : templateMark + templateMark;
			offsets.push(...(percent ? [value.offsets[i]] : [value.offsets[i], value.offsets[i + 1]]));
			i++;
			continue;
		}
		text += value.text[i];
		offsets.push(value.offsets[i]);
	}
	return { text, offsets: [...offsets, value.offsets[value.text.length]] };
}
