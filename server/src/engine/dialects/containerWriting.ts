import type { ConfigDocument } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { resolvePlain } from '../parsers/yamlFile';
import type { Span } from '../text/lineIndex';
import { lineAround } from './unitWriting';

/*
 * Text written into a manifest's or a compose file's YAML: a scalar plain where YAML reads it back as the same
 * string, in double quotes otherwise (a JSON string is a YAML one); an item or entry removed with its lines where it
 * stands alone on them (block style), with its comma in a flow list; a new one on a line of its own in the anchor's
 * indentation, or after a comma.
 */

export function yamlScalar(value: string): string {
	// No flow indicators ({}[],): the item may stand in a flow list; a leading `-` only before more (`- -` nests a list).
	const plain = /^([A-Za-z0-9_./]|-(?=.))[A-Za-z0-9_./:=@%+$()-]*$/.test(value) && !value.endsWith(':') && resolvePlain(value).type === 'string';
	return plain ? value : JSON.stringify(value);
}

/** The scalar as written around a span of its characters: with its quotes, where it has them. */
export function scalarAround(text: string, span: Span): Span {
	const quote = text[span.start - 1];
	if ((quote === '"' || quote === '\'') && text[span.end] === quote) return { start: span.start - 1, end: span.end + 1 };
	return span;
}

/** Whether the scalar is written plain, so characters can change in place. */
export function isPlain(text: string, span: Span): boolean {
	const around = scalarAround(text, span);
	return around.start === span.start && !/["'\\]/.test(text.slice(span.start, span.end));
}

/** What stands before an entry on its line when the entry starts a block line (`    - `, `      `); else undefined. */
function blockPrefix(text: string, start: number): string | undefined {
	const line = lineAround(text, start);
	const prefix = text.slice(line.start, start);
	return /^[ \t]*(-[ \t]+)?$/.test(prefix) ? prefix : undefined;
}

/** Removes an entry (the span as written): its lines in block style, with the comma before it in a flow list. */
export function removeEntry(doc: ConfigDocument, entry: Span): TextChange {
	const span = scalarAround(doc.text, entry);
	if (blockPrefix(doc.text, span.start) !== undefined) {
		const last = lineAround(doc.text, span.end);
		return { span: { start: lineAround(doc.text, span.start).start, end: last.next }, newText: '' };
	}
	const comma = doc.text.lastIndexOf(',', span.start);
	return { span: { start: comma >= 0 ? comma : span.start, end: span.end }, newText: '' };
}

/** Adds entries after one (the span as written): lines in its indentation in block style, after a comma in a flow list. */
export function addEntryAfter(doc: ConfigDocument, entry: Span, lines: readonly string[]): TextChange {
	const span = scalarAround(doc.text, entry);
	const prefix = blockPrefix(doc.text, span.start);
	if (prefix === undefined) return { span: { start: span.end, end: span.end }, newText: `, ${lines.join(', ')}` };
	const last = lineAround(doc.text, span.end);
	const eol = doc.text.slice(last.end, last.next) || '\n';
	const indent = ' '.repeat(prefix.length);
	const text = lines.map((line, i) => (i === 0 ? prefix : indent) + line + eol).join('');
	// At the end of a file without a final line end, the new lines start on one of their own.
	return last.next === last.end ? { span: { start: last.end, end: last.end }, newText: eol + text.slice(0, -eol.length) } : { span: { start: last.next, end: last.next }, newText: text };
}
