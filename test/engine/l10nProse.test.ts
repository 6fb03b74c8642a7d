import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locales, type Locale } from '../../server/src/engine/l10n/locale';
import { messagesFor } from '../../server/src/engine/l10n/messages';

/*
 * Every message and fix title of the catalogue, rendered with sample arguments in both languages, read for the
 * slips a careful reader would stop at: leftovers of a template, doubled blanks, unbalanced quotes, a blank before
 * punctuation, English words in Russian text.
 */

/** Each leaf rendered twice: every argument a word ('pg2'), and every argument a number (a count, a port). */
function rendered(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (typeof value === 'function') {
		const call = (sample: unknown) => String(value(...Array<unknown>(value.length).fill(sample)));
		return [[path, call('pg2')], [`${path}(2)`, call(2)]];
	}
	if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => rendered(inner, `${path}.${key}`));
	return [];
}

/** The prose of a text: code spans, URLs, option spellings and quoted values taken out. */
function prose(text: string): string {
	return text.replace(/```[\s\S]*?```|`[^`\n]*`|[a-z]+:\/\/\S*|--?[a-z][\w-]*(=\S*)?|[A-Z][A-Z0-9_]{2,}(=\S*)?|'[^'\n]*'|"[^"\n]*"/g, 'X');
}

const slips: readonly [string, (text: string, locale: Locale, path: string) => boolean][] = [
	// NaN only where a number was given: a word in a count's place is this test's doing.
	['a template leftover', (text, _, path) => /\bundefined\b|\[object |\$\{|\bnull\b/.test(text.replace(/`[^`]*`/g, ''))
		|| (path.endsWith('(2)') && /\bNaN\b/.test(text))],
	// The command-line help lines its columns up with blanks.
	['a doubled blank', (text, _, path) => !path.startsWith('.cli.help') && /\S {2,}\S/.test(text)],
	['a blank before punctuation', text => /\S [,.;:!?)](\s|$)/.test(prose(text))],
	['unbalanced backticks', text => (text.match(/`/g)?.length ?? 0) % 2 !== 0],
	['unbalanced double quotes', text => (text.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 !== 0],
	['unbalanced parentheses', text => (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)],
	['English words in Russian', (text, locale) => locale === 'ru' && /[А-Яа-яЁё]/.test(text)
		&& /\b(the|is|are|and|this|with|not|of|to|in|as|but|or|founds|cluster|member|value)\b/i.test(prose(text))],
	['a doubled "или" question', (text, locale) => locale === 'ru' && /или[^.?!]*\bили[^.!]*\?/.test(text)],
];

describe('every message, as a careful reader reads it', () => {
	for (const locale of locales) {
		const texts = rendered(messagesFor(locale));
		for (const [name, slipped] of slips) {
			it(`${locale}: no ${name}`, () => {
				assert.ok(texts.length > 500, 'the whole catalogue is rendered');
				assert.deepEqual(texts.filter(([path, text]) => slipped(text, locale, path)).map(([path, text]) => `${path}: ${text}`), []);
			});
		}
	}
});
