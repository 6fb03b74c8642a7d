import type { Span } from '../text/lineIndex';
import type { AssignmentNode, EnvFile, EnvNode, ValuePiece } from './envFile';

/*
 * An env file as docker compose reads it for a service's `env_file` (compose-go's dotenv parser, v2): `KEY=value`
 * and `KEY: value`, an optional `export`, `#` comments, a bare value cut at ` #`, quotes that may span lines, and
 * in double quotes the escapes \n, \r, \t, \", \\ and \$. Compose substitutes `${VAR}` itself: the caller masks
 * those as template syntax before this parser runs. Lossless like the systemd parser: every character of the text
 * belongs to one node.
 */

/** Blanks compose skips around keys and values: not the line end. */
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';
const isKeyChar = (c: string): boolean => /[\p{L}\p{N}_.\-[\]]/u.test(c);

export function parseComposeEnvFile(text: string): EnvFile {
	const nodes: EnvNode[] = [];
	for (let offset = 0; offset < text.length;) {
		const node = composeNode(text, offset);
		nodes.push(node);
		offset = node.span.end;
	}
	return { text, hasBom: text.charCodeAt(0) === 0xfeff, nodes, shellDifferences: [] };
}

/** After the line end that follows `offset` (or the text's end). */
function nextLine(text: string, offset: number): number {
	const at = text.indexOf('\n', offset);
	return at < 0 ? text.length : at + 1;
}

/** The offset before the line end that `end` follows. */
function withoutLineEnd(text: string, end: number): number {
	if (text[end - 1] !== '\n') return end;
	return text[end - 2] === '\r' ? end - 2 : end - 1;
}

function composeNode(text: string, start: number): EnvNode {
	let i = start;
	while (i < text.length && (isSpace(text[i]) || text[i] === '\uFEFF')) i++;
	const end = nextLine(text, i);
	if (i >= text.length || text[i] === '\n') return { kind: 'blank', span: { start, end } };
	if (text[i] === '#') return { kind: 'comment', span: { start, end }, text: text.slice(i + 1, end).replace(/\r?\n$/, ''), marker: '#' };
	const exported = /^export[ \t]+/.exec(text.slice(i, i + 64));
	const nameStart = i + (exported ? exported[0].length : 0);
	let j = nameStart;
	while (j < text.length && (isKeyChar(text[j]) || isSpace(text[j]))) j++;
	// A bare `KEY` takes the variable from compose's own environment; any other character stops compose.
	if (j >= text.length || (text[j] !== '=' && text[j] !== ':')) return { kind: 'invalid', span: { start, end }, contentSpan: { start: i, end: withoutLineEnd(text, end) } };
	let nameEnd = j;
	while (nameEnd > nameStart && isSpace(text[nameEnd - 1])) nameEnd--;
	const name = text.slice(nameStart, nameEnd);
	let valueStart = j + 1;
	while (valueStart < text.length && isSpace(text[valueStart])) valueStart++;
	const value = text[valueStart] === '"' || text[valueStart] === '\'' ? quotedValue(text, valueStart) : bareValue(text, valueStart);
	return {
		kind: 'assignment',
		span: { start, end: value.end },
		exportSpan: exported ? { start: i, end: nameStart } : undefined,
		name,
		key: text.slice(i, nameEnd),
		nameSpan: { start: nameStart, end: nameEnd },
		equalsOffset: j,
		valueSpan: value.span,
		pieces: value.pieces,
		value: value.chars.join(''),
		valueOffsets: [...value.offsets, value.span.end],
		validName: name !== '' && !/\s/.test(name),
	} satisfies AssignmentNode;
}

interface ComposeValue {
	span: Span;
	pieces: ValuePiece[];
	chars: string[];
	offsets: number[];
	end: number;
}

/** To the line end, cut at the first ` #`, trailing blanks dropped. */
function bareValue(text: string, start: number): ComposeValue {
	const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
	const comment = text.slice(start, lineEnd).indexOf(' #');
	let end = comment < 0 ? lineEnd : start + comment;
	while (end > start && /\s/.test(text[end - 1])) end--;
	const span = { start, end };
	const offsets = Array.from({ length: end - start }, (_, k) => start + k);
	return { span, pieces: end > start ? [{ kind: 'bare', span, closed: true }] : [], chars: text.slice(start, end).split(''), offsets, end: nextLine(text, lineEnd) };
}

const doubleQuoteEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** To the closing quote that no backslash escapes, over line ends; unclosed, compose refuses the file. */
function quotedValue(text: string, start: number): ComposeValue {
	const quote = text[start];
	const chars: string[] = [];
	const offsets: number[] = [];
	let i = start + 1;
	for (; i < text.length && text[i] !== quote; i++) {
		if (text[i] !== '\\' || i + 1 >= text.length) {
			chars.push(text[i]);
			offsets.push(i);
			continue;
		}
		const next = text[++i];
		const escaped = quote === '"' ? doubleQuoteEscapes[next] : next === quote ? next : undefined;
		if (escaped === undefined) {
			chars.push('\\');
			offsets.push(i - 1);
		}
		chars.push(escaped ?? next);
		offsets.push(i);
	}
	const closed = i < text.length;
	const span = { start, end: closed ? i + 1 : i };
	return { span, pieces: [{ kind: quote === '"' ? 'double' : 'single', span, closed }], chars, offsets, end: nextLine(text, span.end) };
}
