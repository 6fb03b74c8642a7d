import type { Span } from '../text/lineIndex';
import { findConstructs, type Construct, type TemplateSyntax } from './templateSyntax';

export type { TemplateSyntax } from './templateSyntax';

/*
 * A template file is read as its rendering would be wherever the template decides nothing. Before the launcher's
 * parser sees the text, the template syntax is masked, keeping every offset: what renders nothing (a comment, a
 * block tag or an expression alone on its line, a macro's body, the other branches of a conditional) becomes blanks,
 * and what the template decides inside a line becomes `templateMark` characters. A value holding the mark is the
 * template's to decide, whatever characters the expression had (commas, colons, quotes, braces).
 */

/** Stands for a character the template decides; no config file holds it (a private-use code point). */
export const templateMark = '\uE000';

/** Whether a value (or a piece of one) holds text the template decides. */
export function hasTemplate(text: string): boolean {
	return text.includes(templateMark);
}

export interface MaskedText {
	/** The text as the launcher's parser should read it; as long as the source. */
	readonly text: string;
	/** Where the source holds what the template decides (expressions and tags inside a line). */
	readonly spans: readonly Span[];
}

/** Blocks whose body renders nothing where it is written. */
const silentBodies = new Set(['macro', 'set', 'define']);
const jinjaBlocks = new Set(['if', 'for', 'macro', 'call', 'filter', 'set', 'raw', 'block', 'with', 'autoescape', 'trans']);
const goBlocks = new Set(['if', 'range', 'with', 'define', 'block']);

export function maskTemplate(text: string, syntax: TemplateSyntax): MaskedText {
	const constructs = findConstructs(text, syntax);
	// One entry per UTF-16 unit, so that offsets stay those of the source.
	const chars = text.split('');
	const alone = aloneOnLines(text, constructs);
	const silent = merged(silentRegions(constructs, alone));
	const spans: Span[] = [];
	let region = 0;
	constructs.forEach((construct, index) => {
		while (region < silent.length && silent[region].end <= construct.span.start) region++;
		if (region < silent.length && silent[region].start <= construct.span.start) return;
		if (alone[index]) blank(chars, construct.span);
		else {
			for (let i = construct.span.start; i < construct.span.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = templateMark;
			spans.push(construct.span);
		}
	});
	for (const region of silent) blank(chars, region);
	return { text: chars.join(''), spans };
}

/** Sorted, with nested and touching stretches made one. */
function merged(spans: Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const result: Span[] = [];
	for (const span of sorted) {
		const last = result[result.length - 1];
		if (last && span.start <= last.end) result[result.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
		else result.push(span);
	}
	return result;
}

function blank(chars: string[], span: Span): void {
	for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** For each construct: whether the lines it stands on hold nothing else but blanks and other constructs. */
function aloneOnLines(text: string, constructs: readonly Construct[]): boolean[] {
	const covered = new Uint8Array(text.length);
	for (const { span } of constructs) covered.fill(1, span.start, span.end);
	// One pass over the text: where each line starts, and whether it holds text of its own.
	const starts: number[] = [0];
	const hasText: boolean[] = [false];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
			starts.push(i + 1);
			hasText.push(false);
		} else if (!covered[i] && c !== ' ' && c !== '\t' && c !== '\r') {
			hasText[hasText.length - 1] = true;
		}
	}
	let line = 0;
	return constructs.map(({ span }) => {
		while (line + 1 < starts.length && starts[line + 1] <= span.start) line++;
		let last = line;
		while (last + 1 < starts.length && starts[last + 1] < span.end) last++;
		return !hasText.slice(line, last + 1).some(Boolean);
	});
}

/**
 * The stretches that render nothing where they stand: the body of a macro, of a `{% set x %}` block or of a Go
 * `define`, and every branch after the first of a conditional (the first one is analysed as if its condition held).
 * Only block tags alone on their lines delimit one; tags inside a line leave their text to the marks.
 */
function silentRegions(constructs: readonly Construct[], alone: readonly boolean[]): Span[] {
	const regions: Span[] = [];
	const open: { keyword: string; silentFrom?: number; alone: boolean }[] = [];
	constructs.forEach((construct, index) => {
		const keyword = construct.keyword;
		if (construct.kind !== 'control' || keyword === undefined) return;
		const top = open[open.length - 1];
		if (isOpening(keyword)) {
			open.push({ keyword, alone: alone[index], silentFrom: silentBodies.has(keyword) && alone[index] ? construct.span.end : undefined });
		} else if (keyword === 'elif' || keyword === 'else') {
			if (top && top.alone && alone[index] && top.silentFrom === undefined) top.silentFrom = construct.span.start;
		} else if (isClosing(keyword) && top) {
			open.pop();
			if (top.silentFrom !== undefined && alone[index]) regions.push({ start: top.silentFrom, end: construct.span.start });
		}
	});
	return regions;
}

function isOpening(keyword: string): boolean {
	return jinjaBlocks.has(keyword) || goBlocks.has(keyword);
}

function isClosing(keyword: string): boolean {
	return keyword === 'end' || (keyword.startsWith('end') && jinjaBlocks.has(keyword.slice(3)));
}
