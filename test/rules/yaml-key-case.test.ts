import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-key-case';

describe(id, () => {
	it('marks a key in other letters and renames it', () => {
		const [problem] = expectYamlProblems(id, '⟦Name⟧: pg1\n');
		assert.equal(problem.message, 'etcd spells this key name; it reads Name as the same key, but the usual spelling is easier to find and compare.');
		assert.equal(applyYamlFix(id, 'Name: pg1\n', /Rename to name/), 'name: pg1\n');
		assert.equal(applyYamlFix(id, 'client-transport-security:\n  Cert-File: /a\n', /Rename to cert-file/), 'client-transport-security:\n  cert-file: /a\n');
	});
	it('stays quiet on the usual spelling and on unknown keys', () => {
		expectYamlProblems(id, 'name: pg1\nclient-transport-security:\n  cert-file: /a\nBogus: 1\n');
	});
});
