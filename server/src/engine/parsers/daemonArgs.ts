/*
 * Debian's unit runs `etcd $DAEMON_ARGS`: systemd splits the value into words (systemd 252's replace_env_argv() with
 * extract_first_word(), checked against it in test/differential/systemd.test.ts), then Go's flag package reads them.
 */

export interface Word {
	readonly text: string;
	/** chars[i] came from the DAEMON_ARGS value at index offsets[i]; one extra entry marks the end. */
	readonly offsets: readonly number[];
}

/** Only these split words: a no-break space, a vertical tab or a form feed stays inside the word. */
const separators = ' \t\n\r';

/**
 * Blanks split; single and double quotes group and are dropped (an unclosed one runs to the end); a backslash, in
 * quotes too, keeps the next character whatever it is, and a backslash at the very end is dropped.
 */
export function splitWords(value: string): Word[] {
	const words: Word[] = [];
	let i = 0;
	for (;;) {
		while (i < value.length && separators.includes(value[i])) i++;
		if (i >= value.length) return words;
		const word = readWord(value, i);
		words.push(word.word);
		i = word.end;
	}
}

function readWord(value: string, start: number): { word: Word; end: number } {
	let text = '';
	const offsets: number[] = [];
	let quote: string | undefined;
	let i = start;
	for (; i < value.length; i++) {
		const c = value[i];
		if (c === '\\') {
			if (++i >= value.length) break;
			text += value[i];
			offsets.push(i);
		} else if (quote) {
			if (c === quote) quote = undefined;
			else {
				text += c;
				offsets.push(i);
			}
		} else if (c === '"' || c === '\'') {
			quote = c;
		} else if (separators.includes(c)) {
			break;
		} else {
			text += c;
			offsets.push(i);
		}
	}
	const end = Math.min(i, value.length);
	return { word: { text, offsets: [...offsets, end] }, end };
}

/**
 * A value written as one word that splitWords reads back unchanged: bare where it can be, else in the given quotes,
 * with a backslash before each backslash and each such quote (systemd takes a backslash as an escape inside quotes too).
 */
export function commandLineWord(value: string, quote: '"' | '\'' = '\''): string {
	if (value !== '' && /^[A-Za-z0-9_.,:/=@%+\-[\]]+$/.test(value)) return value;
	return quote + value.replace(quote === '"' ? /["\\]/g : /['\\]/g, c => '\\' + c) + quote;
}

/** Whether a quote of the command line is left open at its end (systemd refuses such a line to start with). */
export function leavesQuoteOpen(value: string): boolean {
	let quote: string | undefined;
	for (let i = 0; i < value.length; i++) {
		const c = value[i];
		if (c === '\\' && quote !== '\'') i++;
		else if (!quote && (c === '"' || c === '\'')) quote = c;
		else if (quote === c) quote = undefined;
	}
	return quote !== undefined;
}

export interface FlagArgument {
	readonly kind: 'flag';
	/** The name without dashes. */
	readonly name: string;
	/** Index range in the DAEMON_ARGS value of the `--name` part. */
	readonly nameFrom: number;
	readonly nameTo: number;
	readonly value: string;
	readonly valueOffsets: readonly number[];
	/** Index range in the DAEMON_ARGS value of the whole flag with its value. */
	readonly from: number;
	readonly to: number;
	/** A non-boolean flag at the end with nothing after it: Go's flag package stops with a usage error. */
	readonly missingValue: boolean;
}

export interface StrayArgument {
	readonly kind: 'stray';
	readonly text: string;
	readonly from: number;
	readonly to: number;
}

export type Argument = FlagArgument | StrayArgument;

const flagShape = /^(--?)([^=-][^=]*)(=?)/;

/**
 * Go's flag rules: `--x=v`, `-x=v`, `--x v` (not for switches), `--x` alone for true; parsing stops at the first
 * non-flag word. `isSwitch` tells the names that Go reads as booleans.
 */
export function readArguments(value: string, isSwitch: (name: string) => boolean): Argument[] {
	return readWords(splitWords(value), isSwitch);
}

/** Go's flag rules over words already split (see readArguments); offsets are the words' own. */
export function readWords(words: readonly Word[], isSwitch: (name: string) => boolean): Argument[] {
	const result: Argument[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		const match = flagShape.exec(word.text);
		if (!match) {
			// Everything from here on is a positional argument for Go, which etcd refuses.
			// A loop, not push(...): 100,000 stray words are more arguments than a call can take.
			for (const rest of words.slice(i)) result.push(stray(rest));
			break;
		}
		const name = match[2];
		const nameTo = word.offsets[match[1].length + name.length - 1] + 1;
		const end = (w: Word) => w.offsets[w.offsets.length - 1];
		const base = { kind: 'flag' as const, name, nameFrom: word.offsets[0], nameTo, from: word.offsets[0] };
		if (match[3] === '=') {
			const start = match[0].length;
			result.push({ ...base, value: word.text.slice(start), valueOffsets: word.offsets.slice(start), to: end(word), missingValue: false });
		} else if (isSwitch(name)) {
			result.push({ ...base, value: 'true', valueOffsets: [nameTo, nameTo, nameTo, nameTo, nameTo], to: nameTo, missingValue: false });
		} else if (i + 1 < words.length) {
			const next = words[++i];
			result.push({ ...base, value: next.text, valueOffsets: next.offsets, to: end(next), missingValue: false });
		} else {
			result.push({ ...base, value: '', valueOffsets: [nameTo], to: nameTo, missingValue: true });
		}
	}
	return result;
}

function stray(word: Word): StrayArgument {
	return { kind: 'stray', text: word.text, from: word.offsets[0], to: word.offsets[word.offsets.length - 1] };
}
