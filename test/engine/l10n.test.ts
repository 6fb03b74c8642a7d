import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor } from '../../server/src/engine/l10n/optionDocs';
import { docsEn } from '../../server/src/engine/l10n/optionDocs.en';
import { docsRu } from '../../server/src/engine/l10n/optionDocs.ru';
import { allOptions } from '../../server/src/engine/etcd/options';
import { locales, pluralRu, resolveLocale } from '../../server/src/engine/l10n/locale';
import { messagesFor } from '../../server/src/engine/l10n/messages';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf, problemsOf } from '../engineContext';

const cyrillic = /[А-Яа-яЁё]/;

/**
 * Every leaf of a catalogue, by its path: strings as they are, functions called with sample arguments (catalogue
 * functions take only already formatted strings, numbers and booleans, so '7' stands in for any of them).
 */
function leaves(value: unknown, path = ''): Map<string, string> {
	const found = new Map<string, string>();
	if (typeof value === 'string') found.set(path, value);
	else if (typeof value === 'function') found.set(path, String(value(...Array<string>(value.length).fill('7'))));
	else if (typeof value === 'object' && value !== null) {
		for (const [key, inner] of Object.entries(value)) for (const [p, text] of leaves(inner, `${path}.${key}`)) found.set(p, text);
	}
	return found;
}

describe('localization', () => {
	const en = leaves(messagesFor('en'));
	const ru = leaves(messagesFor('ru'));

	it('has every string in English and in Russian', () => {
		assert.deepEqual([...en.keys()].filter(key => !ru.has(key)), [], 'only in English');
		assert.deepEqual([...ru.keys()].filter(key => !en.has(key)), [], 'only in Russian');
	});

	it('has no empty string in either language', () => {
		for (const locale of locales) {
			assert.deepEqual([...leaves(messagesFor(locale))].filter(([, text]) => text.trim() === '').map(([key]) => key), [], locale);
		}
	});

	it('writes the Russian catalogue in Russian: no English sentence left behind', () => {
		// A Russian string may be a bare code (`URL`), a number or an etcd spelling, but not an English sentence.
		const english = /\b(the|is|are|and|this|with|not|of)\b/;
		assert.deepEqual([...ru].filter(([, text]) => english.test(text.replace(/`[^`]*`|\*\*[A-Z_]+\*\*/g, '')) && !cyrillic.test(text)).map(([key]) => key), []);
	});

	it('explains every option in both languages', () => {
		for (const locale of locales) {
			const missing = allOptions().filter(option => {
				const doc = docFor(option.name, locale);
				return !doc || doc.summary.trim() === '' || doc.details.trim() === '' || doc.example.trim() === '';
			}).map(option => option.name);
			assert.deepEqual(missing, [], locale);
		}
		assert.deepEqual(Object.keys(docsRu).filter(name => !(name in docsEn)), [], 'Russian docs for options English does not explain');
	});

	it('gives the Russian docs the same examples as the English ones, and Russian prose', () => {
		assert.deepEqual(Object.keys(docsRu).filter(name => docsRu[name].example !== docsEn[name]?.example), []);
		assert.deepEqual(Object.keys(docsRu).filter(name => !cyrillic.test(docsRu[name].summary) || !cyrillic.test(docsRu[name].details)), []);
	});

	it('takes the locale from the setting, else from the editor, else English', () => {
		assert.equal(resolveLocale('auto', 'ru'), 'ru');
		assert.equal(resolveLocale('auto', 'ru-RU'), 'ru');
		assert.equal(resolveLocale(undefined, 'de'), 'en');
		assert.equal(resolveLocale('auto', undefined), 'en');
		assert.equal(resolveLocale('en', 'ru'), 'en');
		assert.equal(resolveLocale('ru', 'en-US'), 'ru');
	});

	it('declines Russian numerals', () => {
		assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 112].map(n => pluralRu(n, 'узел', 'узла', 'узлов')), ['узел', 'узла', 'узлов', 'узлов', 'узел', 'узла', 'узлов', 'узлов']);
	});

	it('titles code actions and reports membership problems in the chosen language', () => {
		const doc = parseDocument('file:///l10n/pg3/etcd', 'ETCD_NAME="pg9"\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380"\nETCD_INITIAL_CLUSTER_STATE="new"\n');
		const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
		const titles = (locale: 'en' | 'ru') => codeActions(doc, { range: whole }, contextOf(doc, { locale })).map(action => action.title);
		assert.ok(titles('en').includes('Switch to existing'));
		assert.ok(titles('ru').includes('Переключить на existing'));
		assert.ok(titles('ru').includes('Не проверять name-not-in-cluster в этой строке'));
		const messages = problemsOf(doc, { locale: 'ru' }).map(found => found.problem.message);
		assert.ok(messages.length > 0);
		assert.deepEqual(messages.filter(message => !cyrillic.test(message)), []);
	});
});
