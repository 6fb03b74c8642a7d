import { optionByEnv, type OptionGroup } from '../etcd/options';
import type { ConfigDocument } from '../model/configDocument';
import type { AssignmentNode, EnvNode } from '../parsers/envFile';
import { lineEndingOf, type SpanEdit } from '../text/lineEdits';
import type { Span } from '../text/lineIndex';
import type { FormatOptions } from './dialect';
import { doubleQuote } from './envQuoting';

const groupOrder: readonly OptionGroup[] = ['member', 'clustering', 'security', 'auth', 'logging', 'profiling/metrics', 'experimental', 'unsafe', 'v2', 'proxy'];

/**
 * `KEY="value"` with no blanks around `=`, double quotes, escapes kept, trailing blanks trimmed. A line that a
 * shell would read differently (an inline comment, `export`, `$`) is left as it is: rewriting it would change
 * what one of the launchers reads, and the quick fixes say which way to go. The values systemd reads never change.
 */
export function formatEnvFile(doc: ConfigDocument, options: FormatOptions): SpanEdit[] {
	// A template's layout is its author's (its block lines and expressions are not env lines to tidy); compose reads
	// quotes and escapes its own way, and KEY: value lines would change reader once rewritten.
	if (doc.template || doc.launcher === 'compose') return [];
	const pieces = doc.env.nodes.map(node => ({ node, text: formatNode(doc, node) }));
	// A quote left open reads on to the end of the file: moved up, it would swallow the settings sorted after it.
	const openQuote = doc.env.nodes.some(node => node.kind === 'assignment' && node.pieces.some(piece => !piece.closed));
	const body = options.sortByGroup && !openQuote ? sortByGroup(pieces) : pieces.map(p => p.text);
	const start = doc.env.hasBom ? 1 : 0;
	const formatted = body.join('');
	if (formatted === doc.text.slice(start)) return [];
	return [{ span: { start, end: doc.text.length }, newText: formatted }];
}

function formatNode(doc: ConfigDocument, node: EnvNode): string {
	const raw = doc.text.slice(node.span.start, node.span.end);
	const { content, eol } = splitLineEnd(raw);
	switch (node.kind) {
		case 'blank': return eol;
		case 'comment': {
			// A comment that swallows lines (systemd 252) stays as written: trimming a swallowed line could change what
			// its backslashes escape, and what newer systemd reads there.
			if (node.swallowed) return raw;
			const trimmed = trimBlanksEnd(content);
			// Older systemd joins a comment ending in a backslash with the next line: keep the blank that prevents it.
			return (trimmed.endsWith('\\') ? content : trimmed).replace(/^[ \t]+/, '') + eol;
		}
		case 'invalid': return trimBlanksEnd(content) + eol;
		case 'assignment': return formattable(doc, node) ? `${node.name}=${encode(doc, node)}${eol}` : raw;
	}
}

function splitLineEnd(text: string): { content: string; eol: string } {
	const match = /(\r\n|\r|\n)$/.exec(text);
	return match ? { content: text.slice(0, -match[1].length), eol: match[1] } : { content: text, eol: '' };
}

function formattable(doc: ConfigDocument, node: AssignmentNode): boolean {
	if (!node.validName || node.exportSpan || node.pieces.some(p => !p.closed)) return false;
	const inside = (span: Span) => span.start >= node.span.start && span.start < node.span.end;
	const harmless = ['blank-around-equals', 'crlf', 'bom'];
	return !doc.env.shellDifferences.some(d => inside(d.span) && !harmless.includes(d.kind));
}

/** One double-quoted piece is kept as written (its escapes are the author's); anything else is quoted anew. */
function encode(doc: ConfigDocument, node: AssignmentNode): string {
	const [only] = node.pieces;
	if (node.pieces.length === 1 && only.kind === 'double') return doc.text.slice(only.span.start, only.span.end);
	return doubleQuote(node.value);
}

/** Blocks of comments with the setting below them, sorted by group; the relative order inside a group stays. */
function sortByGroup(pieces: readonly { node: EnvNode; text: string }[]): string[] {
	const blocks: { rank: number; texts: string[] }[] = [];
	let pending: string[] = [];
	for (const { node, text } of pieces) {
		pending.push(text);
		if (node.kind !== 'assignment') continue;
		const group = optionByEnv(node.name)?.group;
		blocks.push({ rank: group ? groupOrder.indexOf(group) : groupOrder.length, texts: pending });
		pending = [];
	}
	const sorted = blocks.map((block, index) => ({ ...block, index })).sort((a, b) => a.rank - b.rank || a.index - b.index);
	const texts = sorted.flatMap(block => block.texts);
	// The last line may lack its line end; after sorting it may no longer be last.
	return texts.map((text, i) => (i < texts.length - 1 && !/[\r\n]$/.test(text) ? text + lineEndingOf(texts.join('')) : text)).concat(pending);
}

/** Drops trailing blanks with a loop: /[ \t]+$/ retries from every blank of a long run, which is quadratic. */
function trimBlanksEnd(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
	return text.slice(0, end);
}
