import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { etcdVersions, type EtcdVersion } from '../../server/src/engine/etcd/options';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { diagnose, problemsOf } from '../engineContext';
import { repoRoot } from '../fixtures';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

const yamlFixtures = join(repoRoot, 'test', 'fixtures', 'yaml');
const settings = (version: EtcdVersion) => ({ version, newToken: () => '0123456789abcdef' });

/** The versions a fixture is written for: its `# versions:` line, or all of them. */
function versionsOf(text: string): EtcdVersion[] {
	const line = /^# versions: (.+)$/m.exec(text);
	return line ? etcdVersions.filter(v => line[1].split(/\s+/).includes(v)) : [...etcdVersions];
}

function file(...path: string[]): { uri: string; text: string } {
	return { uri: `file:///${path.join('/')}`, text: readFileSync(join(repoRoot, ...path), 'utf8') };
}

describe('YAML fixtures and examples', () => {
	const valid = readdirSync(join(yamlFixtures, 'valid')).map(name => file('test', 'fixtures', 'yaml', 'valid', name));
	const examples = [file('examples', 'yaml', 'etcd.conf.yml.sample'), ...['pg1', 'pg2', 'pg3'].map(m => file('examples', 'yaml-cluster', m, 'etcd.conf.yml'))];

	it('the sample layout with every 3.5 key and the example cluster validate clean (information at most)', () => {
		for (const { uri, text } of examples) {
			const loud = diagnose(parseDocument(uri, text), settings('3.5')).filter(d => d.severity !== undefined && d.severity <= 2);
			assert.deepEqual(loud.map(d => `${d.code}: ${d.message}`), [], uri);
		}
	});

	it('every valid fixture is free of errors and warnings in each version it is written for', () => {
		for (const { uri, text } of valid) {
			for (const version of versionsOf(text)) {
				const loud = diagnose(parseDocument(uri, text), settings(version)).filter(d => d.severity !== undefined && d.severity <= 2);
				assert.deepEqual(loud.map(d => `${d.code}: ${d.message}`), [], `${uri} on ${version}`);
			}
		}
	});

	for (const name of readdirSync(join(yamlFixtures, 'broken'))) {
		const { uri, text } = file('test', 'fixtures', 'yaml', 'broken', name);
		const rule = /^# expect: (\S+)$/m.exec(text)?.[1] ?? '';
		it(`${name} raises ${rule}, and its fix (where there is one) repairs it`, () => {
			const version = versionsOf(text).includes('3.5') ? '3.5' : versionsOf(text)[0];
			const found = problemsOf(parseDocument(uri, text), settings(version)).filter(f => f.rule.id === rule);
			assert.ok(found.length > 0, `${rule} on ${name}`);
			const fixes = found.map(f => f.problem.fixes?.find(fix => fix.preferred)).filter(fix => fix !== undefined);
			// A syntax error, or an option YAML cannot set at all, has no fix to check.
			if (rule === 'yaml-syntax' || fixes.length === 0 && found.every(f => /has no YAML key/.test(f.problem.message))) return;
			assert.equal(fixes.length, found.length, `every ${rule} finding of ${name} has a preferred fix`);
			const fixed = applyChanges(text, fixes.flatMap(fix => fix!.changes));
			const after = problemsOf(parseDocument(uri, fixed), settings(version));
			assert.deepEqual(after.filter(f => f.rule.id === rule).map(f => f.problem.message), [], fixed);
			assert.deepEqual(after.filter(f => f.severity === 'error').map(f => f.problem.message), [], fixed);
		});
	}
});
