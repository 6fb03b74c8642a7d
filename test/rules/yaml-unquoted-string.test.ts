import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-unquoted-string';

describe(id, () => {
	it('marks a name YAML reads as a boolean and quotes it', () => {
		const [problem] = expectYamlProblems(id, 'name: ⟦no⟧\n');
		assert.equal(problem.message, 'YAML reads no as the boolean false, but name takes a string, so etcd refuses the file: put the value in quotes.');
		assert.equal(applyYamlFix(id, 'name: no # node\n', /Quote it/), 'name: "no" # node\n');
	});
	it('marks octal-looking and float-looking strings, keeping what was written', () => {
		const [problem] = expectYamlProblems(id, 'initial-cluster-token: ⟦0123⟧\nname: ⟦1e3⟧\ndata-dir: ⟦ON⟧\n');
		assert.match(problem.message, /YAML reads 0123 as the number 83/);
		assert.equal(applyYamlFix(id, 'initial-cluster-token: 0123\n', /Quote it/), 'initial-cluster-token: "0123"\n');
	});
	it('stays quiet on strings, quoted values and empty ones', () => {
		expectYamlProblems(id, 'name: pg1\ninitial-cluster-token: "0123"\ndata-dir: \'no\'\nwal-dir:\n');
	});
});
