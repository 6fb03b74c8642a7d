import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-quoted-number';

describe(id, () => {
	it('marks a quoted integer and unquotes it', () => {
		const [problem] = expectYamlProblems(id, 'heartbeat-interval: ⟦\'100\'⟧\n');
		assert.equal(problem.message, 'heartbeat-interval needs a YAML integer, and \'100\' is a string, so etcd refuses the file: write 100 without quotes.');
		assert.equal(applyYamlFix(id, 'heartbeat-interval: \'100\'\r\n', /Write 100/), 'heartbeat-interval: 100\r\n');
	});
	it('marks a quoted boolean and unquotes it', () => {
		assert.equal(applyYamlFix(id, 'client-transport-security:\n  auto-tls: "yes"\n', /Write true/), 'client-transport-security:\n  auto-tls: true\n');
	});
	it('marks other wrong types without a fix', () => {
		const [problem] = expectYamlProblems(id, 'election-timeout: ⟦1000ms⟧\nsnapshot-count: ⟦1.5⟧\nenable-pprof: ⟦1⟧\n');
		assert.equal(problem.fixes?.length, 0);
	});
	it('stays quiet on integers, YAML booleans (yes/on included) and empty values', () => {
		expectYamlProblems(id, 'heartbeat-interval: 100\nenable-pprof: yes\nstrict-reconfig-check: on\nsnapshot-count:\n');
	});
});
