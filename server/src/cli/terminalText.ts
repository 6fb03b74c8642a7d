import { maskSecrets } from '../engine';

/*
 * What the text format prints comes from the files (values in messages, the line of a code frame, file names), and
 * a file can hold anything: an escape sequence that recolours or rewrites the terminal, a bidirectional override
 * that makes the line read differently from what it is. Such characters are shown escaped, never sent raw, and
 * passwords are masked (the engine masks its messages; the code frame shows the file's own line).
 */

/** C0 and C1 controls but tab, DEL, line and paragraph separators, bidirectional overrides and isolates. */
const unsafe = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\uDC80-\uDCFF]/g;

/** `\x1b`, `\u202e`; a byte that is not UTF-8 (see bytes.ts) as the byte it is, `\xf6`. */
function escaped(char: string): string {
	const code = char.charCodeAt(0);
	if (code >= 0xdc80 && code <= 0xdcff) return `\\x${(code - 0xdc00).toString(16).padStart(2, '0')}`;
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text from a file, fit for a terminal: controls escaped, passwords masked. */
export function forTerminal(text: string, secrets: readonly string[]): string {
	return maskSecrets(text, secrets).replace(unsafe, escaped);
}
