import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EtcdVersionSpec } from '../../server/src/engine/etcd/versions';
import type { Locale } from '../../server/src/engine/l10n/locale';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { problemsOf } from '../engineContext';

/*
 * The harness of the "rules speak the file's language" tests: each case triggers a rule, and with locale 'ru'
 * every message, fix title and related label it yields is Russian, while 'en' still gives English.
 */

export interface L10nCase {
	readonly rule: string;
	readonly text: string;
	readonly version?: EtcdVersionSpec;
	/** Read as etcd's YAML config file. */
	readonly yaml?: boolean;
	/** The message quotes a third party's English (the YAML parser's), so only Cyrillic is required. */
	readonly quotesEnglish?: boolean;
}

const cyrillic = /[А-Яа-яЁё]/;
/** Words an English sentence cannot do without; quoted values, URLs, option names, keys and flags are taken out first. */
const englishWords = /\b(the|is|are|and|this|with|not|of|it|to|in|as|but|so|write|remove)\b/i;

function english(text: string): boolean {
	const bare = text.replace(/'[^']*'|"[^"]*"|`[^`]*`|[a-z]+:\/\/\S*|[a-z]+(-[a-z0-9]+)+|--?[a-z][\w-]*(=\S*)?|[A-Z][A-Z0-9_]{2,}(=\S*)?/g, ' ');
	return englishWords.test(bare);
}

function texts(test: L10nCase, locale: Locale): string[] {
	const doc = parseDocument(`file:///l10n/${test.yaml ? 'etcd.conf.yml' : 'etcd'}`, test.text);
	const found = problemsOf(doc, { version: test.version ?? '3.5', locale }).filter(f => f.rule.id === test.rule);
	// A related label that is only an option's name (timing points at the other key so) is no sentence to translate.
	return found.flatMap(({ problem }) => [problem.message, ...(problem.fixes ?? []).map(fix => fix.title), ...(problem.related ?? []).map(r => r.message)])
		.filter(text => !/^[A-Z][A-Z0-9_]*$|^--?[a-z][\w-]*$/.test(text));
}

/** One test per case, and one that every rule of `share` has a case. */
export function russianRules(title: string, cases: readonly L10nCase[], share: readonly string[]): void {
	describe(title, () => {
		for (const test of cases) {
			it(`${test.rule}: ${JSON.stringify(test.text)}`, () => {
				const ru = texts(test, 'ru');
				assert.ok(ru.length > 0, 'the case triggers the rule');
				assert.deepEqual(ru.filter(text => !cyrillic.test(text)), [], 'not Russian');
				if (!test.quotesEnglish) assert.deepEqual(ru.filter(english), [], 'English left behind');
				const en = texts(test, 'en');
				assert.equal(en.length, ru.length);
				assert.deepEqual(en.filter(text => cyrillic.test(text)), [], 'Russian in English');
			});
		}
		it('covers every rule of this share', () => {
			assert.deepEqual(share.filter(rule => !cases.some(c => c.rule === rule)), []);
		});
	});
}
