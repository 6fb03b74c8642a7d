/*
 * A file's bytes as text and back, losing nothing: --fix must write back every byte it does not mean to change,
 * also in a file that is not valid UTF-8 (a Latin-1 comment, say). Valid UTF-8 decodes as usual. Each byte that is
 * not part of a valid UTF-8 sequence becomes one lone low surrogate, U+DC80 + (byte - 0x80), which valid UTF-8
 * never yields (surrogates are not encodable in it), and which encodes back to that byte. The engine sees such a
 * byte as one character, as it saw U+FFFD before, so every fix span maps back to the bytes it covered.
 */

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The byte-order mark is kept as text: the engine reads it (and says what systemd makes of it). */
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface Decoded {
	readonly text: string;
	/** Whether some bytes were not UTF-8 and stand for themselves as U+DC80–U+DCFF. */
	readonly escaped: boolean;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
	try {
		return { text: strict.decode(bytes), escaped: false };
	} catch {
		return { text: decodeEscaping(bytes), escaped: true };
	}
}

/** Valid stretches as UTF-8; each byte of an invalid sequence as its own escape (what WHATWG calls a maximal subpart). */
function decodeEscaping(bytes: Uint8Array): string {
	const pieces: string[] = [];
	let start = 0;
	for (let i = 0; i < bytes.length;) {
		const length = sequenceLength(bytes, i);
		if (length > 0) {
			i += length;
			continue;
		}
		if (i > start) pieces.push(lenient.decode(bytes.subarray(start, i)));
		pieces.push(String.fromCharCode(0xdc00 + bytes[i]));
		start = ++i;
	}
	if (start < bytes.length) pieces.push(lenient.decode(bytes.subarray(start)));
	return pieces.join('');
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const first = bytes[i];
	if (first < 0x80) return 1;
	const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
	if (first >= 0xc2 && first <= 0xdf) return continuation(i + 1) ? 2 : 0;
	if (first >= 0xe0 && first <= 0xef) {
		// No overlong forms (E0 A0..), no surrogates (ED ..9F).
		const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
		return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
	}
	if (first >= 0xf0 && first <= 0xf4) {
		const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
		return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
	}
	return 0;
}

/**
 * The bytes of a text that decodeBytes made (and fixes changed): escapes back to their bytes, the rest as UTF-8.
 * Undefined when the text holds a surrogate that no byte stands for: no bytes say what it means.
 */
export function encodeText(text: string, escaped: boolean): Buffer | undefined {
	if (!/[\uD800-\uDFFF]/.test(text)) return Buffer.from(text, 'utf8');
	const pieces: Buffer[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0xd800 || unit > 0xdfff) continue;
		if (unit <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
			i++;
			continue;
		}
		if (!escaped || unit < 0xdc80 || unit > 0xdcff) return undefined;
		pieces.push(Buffer.from(text.slice(start, i), 'utf8'), Buffer.from([unit - 0xdc00]));
		start = i + 1;
	}
	pieces.push(Buffer.from(text.slice(start), 'utf8'));
	return Buffer.concat(pieces);
}
