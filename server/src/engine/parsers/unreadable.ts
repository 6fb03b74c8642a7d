import type { Span } from '../text/lineIndex';
import type { EnvNode } from './envFile';

/*
 * systemd loads an env file whole or not at all, and `EnvironmentFile=-` (Debian's etcd.service) skips a file it
 * cannot load without a word, so etcd gets none of its variables. systemd 252 cannot load a file that holds a NUL
 * byte anywhere, nor one where a key or value it reads is not valid UTF-8 to it: bytes that are no UTF-8 (the
 * editor and the CLI show them as U+FFFD; a file that really holds U+FFFD is taken for one of those), noncharacters
 * (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their copies in every plane) and lone surrogates. Comments and lines without
 * `=` may hold anything. Checked with systemd's own reader (test/differential/systemd.test.ts).
 */

export interface Unreadable {
	readonly cause: 'nul' | 'utf8';
	/** The first such character. */
	readonly span: Span;
	/** The key whose name or value holds it (for `utf8`). */
	readonly key?: string;
}

const suspicious = /[\0\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;

export function findUnreadable(text: string, nodes: readonly EnvNode[]): Unreadable | undefined {
	if (!suspicious.test(text)) return undefined;
	const nul = text.indexOf('\0');
	if (nul >= 0) return { cause: 'nul', span: { start: nul, end: nul + 1 } };
	for (const node of nodes) {
		if (node.kind !== 'assignment') continue;
		for (let offset = node.span.start; offset < node.equalsOffset; offset++) {
			const length = badLength(text, offset);
			if (length > 0) return { cause: 'utf8', span: { start: offset, end: offset + length }, key: node.key };
		}
		for (let i = 0; i < node.value.length; i++) {
			const length = badLength(node.value, i);
			if (length > 0) return { cause: 'utf8', span: { start: node.valueOffsets[i], end: node.valueOffsets[i + length - 1] + 1 }, key: node.key };
		}
	}
	return undefined;
}

/** How many UTF-16 units at `i` make a character systemd refuses (0 when it takes it; the low half of a pair is taken). */
function badLength(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c === 0xfffd || c === 0xfffe || c === 0xffff || (c >= 0xfdd0 && c <= 0xfdef)) return 1;
	if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isHigh(s.charCodeAt(i - 1)) ? 0 : 1;
	if (!isHigh(c)) return 0;
	const low = s.charCodeAt(i + 1);
	if (!(low >= 0xdc00 && low <= 0xdfff)) return 1;
	const codePoint = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
	return (codePoint & 0xfffe) === 0xfffe ? 2 : 0;
}

function isHigh(c: number): boolean {
	return c >= 0xd800 && c <= 0xdbff;
}
