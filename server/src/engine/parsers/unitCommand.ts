import type { Word } from './daemonArgs';
import type { Located } from './systemdUnit';
import { templateMark } from './templates';

/*
 * How systemd reads a command line or an Environment= list once the unit is loaded: the value (specifiers already
 * marked, see markSpecifiers) is split into words as extract_first_word() does with its unquote and C-unescape
 * flags: blanks split, quotes group anywhere in a word and are dropped, a backslash starts a C escape (`\n`, `\t`,
 * `\\`, `\"`, ...), inside quotes too. Words here carry file offsets: offsets[i] is where text[i] was written, and
 * the extra last entry is just after the word.
 */

const cEscapes: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ' };
const separators = ' \t\n\r';

/** A word and where it starts in the file, its opening quote included. */
export interface UnitWord extends Word {
	readonly start: number;
}

export function unitWords(value: Located): UnitWord[] {
	const words: UnitWord[] = [];
	let i = 0;
	for (;;) {
		while (i < value.text.length && separators.includes(value.text[i])) i++;
		if (i >= value.text.length) return words;
		const start = value.offsets[i];
		let text = '';
		const offsets: number[] = [];
		let quote: string | undefined;
		let last = value.offsets[i];
		for (; i < value.text.length; i++) {
			const c = value.text[i];
			if (!quote && separators.includes(c)) break;
			last = value.offsets[i] + 1;
			if (c === '\\' && i + 1 < value.text.length) {
				const next = value.text[++i];
				text += cEscapes[next] ?? next;
				offsets.push(value.offsets[i - 1]);
				last = value.offsets[i] + 1;
			} else if (quote ? c === quote : c === '"' || c === '\'') quote = quote ? undefined : c;
			else {
				text += c;
				offsets.push(value.offsets[i]);
			}
		}
		words.push({ text, offsets: [...offsets, last], start });
	}
}

const wholeVariable = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;

/** The variable a word names as a whole (`$DAEMON_ARGS`): systemd puts the variable's words in its place. */
export function wholeWordVariable(word: Word): string | undefined {
	return wholeVariable.exec(word.text)?.[1];
}

/**
 * A word as etcd receives it once systemd has put in the environment: `${NAME}` is the variable's value, which the
 * unit's environment files and the host decide, so its characters become the template mark; `$$` is a `$`.
 */
export function markVariables(word: Word): Word {
	let text = '';
	const offsets: number[] = [];
	for (let i = 0; i < word.text.length; i++) {
		const c = word.text[i];
		const close = c === '$' && word.text[i + 1] === '{' ? word.text.indexOf('}', i + 2) : -1;
		if (close > 0) {
			for (let k = i; k <= close; k++) {
				text += templateMark;
				offsets.push(word.offsets[k]);
			}
			i = close;
			continue;
		}
		if (c === '$' && word.text[i + 1] === '$') i++;
		text += word.text[i];
		offsets.push(word.offsets[i]);
	}
	return { text, offsets: [...offsets, word.offsets[word.text.length]] };
}

/** The program an ExecStart= runs: its first word without systemd's prefixes (`-`, `@`, `:`, `+`, `!`). */
export function programOf(words: readonly Word[]): string | undefined {
	return words[0]?.text.replace(/^[-@:+!]+/, '');
}

/** Whether a program path is etcd itself (`/usr/bin/etcd`, `/usr/local/bin/etcd`, `etcd`). */
export function runsEtcd(program: string | undefined): boolean {
	return program !== undefined && /(^|\/)etcd$/.test(program);
}
