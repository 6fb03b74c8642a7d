import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, string>;
const cyrillic = /[А-Яа-яЁё]/;

/** The manifest's `%key%` placeholders and the client's `l10n.t('…')` strings, each in English and in Russian. */
describe('the extension manifest and client in two languages', () => {
	const en = json('package.nls.json');
	const ru = json('package.nls.ru.json');

	it('has the same non-empty keys in package.nls.json and package.nls.ru.json, Russian in the Russian one', () => {
		assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
		assert.deepEqual(Object.entries({ ...en, ...ru }).filter(([, text]) => text.trim() === '').map(([key]) => key), []);
		assert.deepEqual(Object.entries(ru).filter(([, text]) => !cyrillic.test(text)).map(([key]) => key), []);
	});

	it('finds every %placeholder% of package.json in both files, and no unused key', () => {
		const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
		assert.deepEqual(used.filter(key => !(key in en) || !(key in ru)), []);
		assert.deepEqual(Object.keys(en).filter(key => !used.includes(key)), []);
	});

	it('has a Russian translation for every string the client localizes, and for the new-cluster checks it shows', () => {
		const bundle = json('l10n/bundle.l10n.ru.json');
		const client = readdirSync(join(repoRoot, 'client', 'src')).filter(name => name.endsWith('.ts')).map(name => read(join('client', 'src', name))).join('\n');
		const literals = [...client.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\'/g, '\''));
		const checks = [...read('server/src/engine/features/newCluster.ts').matchAll(/return '((?:[^'\\]|\\.)*)'/g)].map(match => match[1]);
		const fallback = [...client.matchAll(/: '(Give two port numbers[^']*)'/g)].map(match => match[1]);
		assert.ok(literals.length >= 8 && checks.length >= 5 && fallback.length === 1);
		assert.deepEqual([...literals, ...checks, ...fallback].filter(text => !(text in bundle)), []);
		assert.deepEqual(Object.values(bundle).filter(text => !cyrillic.test(text)), []);
	});
});
