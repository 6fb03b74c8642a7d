import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../../server/src/engine/rules';
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
		const properties = manifest.contributes.configuration.properties;
		const settings = Object.keys(properties).filter(key => key.startsWith('etcd.rules.')).map(key => key.slice('etcd.rules.'.length));
		assert.deepEqual([...settings].sort(), [...ids].sort());
		for (const rule of rules) assert.equal(properties[`etcd.rules.${rule.id}`].default, rule.severity, rule.id);
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

	it('each rule lives in a file named after its id', () => {
		for (const id of ids) assert.ok(readFileSync(join(repoRoot, 'server', 'src', 'engine', 'rules', `${id}.ts`), 'utf8').includes(`id: '${id}'`), id);
	});
});
