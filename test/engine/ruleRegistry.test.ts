import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ruleRegistry as rules } from '../../server/src/engine/rules';
import { repoRoot } from '../fixtures';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const docs = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');

describe('rule registry, settings and reference agree', () => {
	const ids = rules.map(rule => rule.id);

	it('ids are unique kebab-case', () => {
		assert.deepEqual(ids.filter(id => !/^[a-z]+(-[a-z0-9]+)*$/.test(id)), []);
		assert.equal(new Set(ids).size, ids.length);
	});

	it('package.json has one etcd.rules.<id> setting per rule, defaulting to its severity', () => {
		const properties = manifest.contributes.configuration.find((section: { id: string }) => section.id === 'etcd.rules').properties;
		const settings = Object.keys(properties).filter(key => key.startsWith('etcd.rules.')).map(key => key.slice('etcd.rules.'.length));
		assert.deepEqual([...settings].sort(), [...ids].sort());
		for (const rule of rules) assert.equal(properties[`etcd.rules.${rule.id}`].default, rule.severity, rule.id);
	});

	it('the Settings UI puts version and language first and every rule under one heading of its own', () => {
		type Section = { id: string; order: number; properties: Record<string, { order?: number }> };
		const sections = manifest.contributes.configuration as Section[];
		const first = [...sections].sort((a, b) => a.order - b.order)[0];
		const firstKeys = Object.entries(first.properties).sort(([, a], [, b]) => (a.order ?? 99) - (b.order ?? 99)).map(([key]) => key);
		assert.deepEqual(firstKeys.slice(0, 2), ['etcd.version', 'etcd.language']);
		const holding = sections.filter(section => Object.keys(section.properties).some(key => key.startsWith('etcd.rules.')));
		assert.deepEqual(holding.map(section => section.id), ['etcd.rules']);
		assert.ok(Object.keys(holding[0].properties).every(key => key.startsWith('etcd.rules.')));
	});

	it('docs/rules.md documents every rule, with its default severity', () => {
		const headings = [...docs.matchAll(/^## (.+)$/gm)].map(match => match[1]);
		assert.deepEqual([...headings].sort(), [...ids].sort());
		for (const rule of rules) {
			const section = docs.split(/^## /m).find(s => s.startsWith(rule.id + '\n')) ?? '';
			assert.match(section, new RegExp(`Default severity: \\*\\*${rule.severity}\\*\\*`), rule.id);
			assert.match(section, /```/, `${rule.id} has an example`);
		}
	});

	it('l10n/ruleSummaries.ru.json has a Russian summary for every rule and for no other', () => {
		const russian = JSON.parse(readFileSync(join(repoRoot, 'l10n', 'ruleSummaries.ru.json'), 'utf8')) as Record<string, string>;
		assert.deepEqual(Object.keys(russian).sort(), [...ids].sort());
		for (const id of ids) {
			assert.ok(russian[id].startsWith(`**${id}**: `), `${id} starts with its bold id`);
			assert.match(russian[id].slice(id.length + 6), /[А-Яа-яЁё]{3}/, `${id} is in Russian`);
		}
	});

	it('package.json, package.nls.json and package.nls.ru.json are exactly what scripts/generateRuleSettings.mjs writes', async () => {
		// The generator's pure half, an ES module: regenerated in memory, so a rule added without rerunning it fails here.
		const { ruleSettingsFiles } = await import(pathToFileURL(join(repoRoot, 'scripts', 'ruleSettings.mjs')).href);
		const { rules: count, ...files } = ruleSettingsFiles(repoRoot) as Record<string, string> & { rules: number };
		assert.equal(count, rules.length);
		for (const [path, text] of Object.entries(files)) assert.equal(readFileSync(join(repoRoot, path), 'utf8'), text, `${path} is stale: run node scripts/generateRuleSettings.mjs`);
	});

	it('each rule lives in a file named after its id', () => {
		for (const id of ids) assert.ok(readFileSync(join(repoRoot, 'server', 'src', 'engine', 'rules', `${id}.ts`), 'utf8').includes(`id: '${id}'`), id);
	});
});
