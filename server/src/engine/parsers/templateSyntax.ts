import type { Span } from '../text/lineIndex';

/*
 * The template syntax a renderer replaces before etcd's launcher reads a file: Jinja (`{{ … }}`, `{% … %}`,
 * `{# … #}`), Go templates (`{{ … }}`, `{{/* … *\/}}`), and the shell-style variables that envsubst and compose
 * substitute (`${VAR}`, `$VAR`). Only a file that something renders has any: anywhere else this text is literal.
 */

/** Which syntaxes the renderer of a document replaces. */
export interface TemplateSyntax {
	/** `{{ … }}`, `{% … %}`, `{# … #}` (Jinja, Go templates, Helm). */
	readonly braces: boolean;
	/** `${VAR}` and `$VAR` (envsubst, compose interpolation). */
	readonly dollars: boolean;
}

/** `comment` and `control` render nothing themselves; an `expression` renders text the template decides. */
export type ConstructKind = 'comment' | 'control' | 'expression';

export interface Construct {
	readonly kind: ConstructKind;
	readonly span: Span;
	/** For control tags: the keyword (`if`, `endfor`, `else`, `define`, `end`; `set=` for an assignment). */
	readonly keyword?: string;
}

const goControl = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'block', 'break', 'continue']);

/** Every construct of the syntaxes in the text, in order. Linear: an opener without a closer is given up for good. */
export function findConstructs(text: string, syntax: TemplateSyntax): Construct[] {
	const found: Construct[] = [];
	const hopeless = new Map<string, number>();
	for (let i = 0; i < text.length;) {
		const construct = (syntax.braces ? braceConstruct(text, i, hopeless) : undefined) ?? (syntax.dollars ? dollarConstruct(text, i, hopeless) : undefined);
		if (construct) {
			found.push(construct);
			i = construct.span.end;
		} else {
			i++;
		}
	}
	return found;
}

const closers: Readonly<Record<string, string>> = { '{{': '}}', '{%': '%}', '{#': '#}' };

function braceConstruct(text: string, i: number, hopeless: Map<string, number>): Construct | undefined {
	if (text[i] !== '{') return undefined;
	const opener = text.slice(i, i + 2);
	const closer = closers[opener];
	if (!closer || i < (hopeless.get(opener) ?? -1)) return undefined;
	const end = closingAt(text, i + 2, closer, opener !== '{#');
	if (end === undefined) {
		hopeless.set(opener, text.length);
		return undefined;
	}
	const span = { start: i, end };
	const inner = text.slice(i + 2, end - 2).replace(/^[-+]?\s*/, '');
	if (opener === '{#' || (opener === '{{' && inner.startsWith('/*'))) return { kind: 'comment', span };
	if (opener === '{%') return { kind: 'control', span, keyword: jinjaKeyword(inner) };
	const word = /^[A-Za-z]+/.exec(inner)?.[0] ?? '';
	if (goControl.has(word)) return { kind: 'control', span, keyword: word };
	if (/^\$[A-Za-z0-9_]*\s*:?=/.test(inner)) return { kind: 'control', span, keyword: 'set=' };
	return { kind: 'expression', span };
}

/** `{% set x = 1 %}` renders nothing and opens no block; `{% set x %}` opens one that ends at `{% endset %}`. */
function jinjaKeyword(inner: string): string {
	const word = /^[A-Za-z]+/.exec(inner)?.[0] ?? '';
	return word === 'set' && /^set\s+[^=%]*=/.test(inner) ? 'set=' : word;
}

/**
 * The offset after the closer that ends a construct opened before `from`. A quoted string inside an expression
 * may hold the closer (`{{ '}}' }}`); a quote without its partner on the same line is an ordinary character.
 */
function closingAt(text: string, from: number, closer: string, quotes: boolean): number | undefined {
	for (let i = from; i < text.length; i++) {
		if (text.startsWith(closer, i)) return i + closer.length;
		const c = text[i];
		if (quotes && (c === '\'' || c === '"' || c === '`')) i = partnerOnLine(text, i) ?? i;
	}
	return undefined;
}

function partnerOnLine(text: string, quote: number): number | undefined {
	for (let i = quote + 1; i < text.length; i++) {
		if (text[i] === text[quote]) return i;
		if (text[i] === '\n' || text[i] === '\r') return undefined;
	}
	return undefined;
}

/** `${VAR}`, `${VAR:-default}` on one line, or `$VAR`; `$$` is an escaped dollar. */
function dollarConstruct(text: string, i: number, hopeless: Map<string, number>): Construct | undefined {
	if (text[i] !== '$') return undefined;
	if (text[i + 1] === '$') return { kind: 'expression', span: { start: i, end: i + 2 } };
	if (text[i + 1] === '{') {
		if (i < (hopeless.get('${') ?? -1)) return undefined;
		let j = i + 2;
		while (j < text.length && text[j] !== '}' && text[j] !== '\n' && text[j] !== '\r') j++;
		if (text[j] === '}') return { kind: 'expression', span: { start: i, end: j + 1 } };
		// No closer on this line: no other `${` of the line has one either.
		hopeless.set('${', j);
		return undefined;
	}
	const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 257));
	return name ? { kind: 'expression', span: { start: i, end: i + 1 + name[0].length } } : undefined;
}
