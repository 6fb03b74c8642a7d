import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-duplicate-key';

describe(id, () => {
	it('marks the earlier of two identical keys and removes it', () => {
		const [problem] = expectYamlProblems(id, '⟦name: pg1⟧\ndata-dir: /d\nname: pg3\n');
		assert.equal(problem.message, 'name is set again on line 3, and etcd takes that one: this one has no effect.');
		assert.equal(applyYamlFix(id, 'name: pg1\r\ndata-dir: /d\r\nname: pg3\r\n', /Remove this key/), 'data-dir: /d\r\nname: pg3\r\n');
	});
	it('of two letter cases, the one that sorts last wins whatever the order', () => {
		expectYamlProblems(id, 'name: b\n⟦NAME: c⟧\n');
		expectYamlProblems(id, '⟦NAME: c⟧\nname: b\n');
	});
	it('finds duplicates inside sections and among unknown keys', () => {
		expectYamlProblems(id, 'client-transport-security:\n  ⟦cert-file: /a⟧\n  cert-file: /b\n⟦bogus: 1⟧\nbogus: 2\n');
	});
	it('stays quiet on the same leaf in two sections', () => {
		expectYamlProblems(id, 'client-transport-security:\n  cert-file: /a\npeer-transport-security:\n  cert-file: /b\n');
	});
});
