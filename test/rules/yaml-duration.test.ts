import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-duration';

describe(id, () => {
	it('marks a Go duration and writes it in nanoseconds', () => {
		const [problem] = expectYamlProblems(id, 'grpc-keepalive-timeout: ⟦5s⟧\n');
		assert.equal(problem.message, 'grpc-keepalive-timeout is read from YAML as a whole number of nanoseconds, so etcd refuses 5s: write 5000000000.');
		assert.equal(applyYamlFix(id, 'grpc-keepalive-interval: "2h" # keepalive\n', /Write 7200000000000/), 'grpc-keepalive-interval: 7200000000000 # keepalive\n');
		assert.equal(applyYamlFix(id, 'grpc-keepalive-timeout: 1.5s\n', /Write/), 'grpc-keepalive-timeout: 1500000000\n');
	});
	it('marks text that is no duration at all, without a fix', () => {
		const [problem] = expectYamlProblems(id, 'grpc-keepalive-timeout: ⟦soon⟧\n');
		assert.equal(problem.fixes?.length, 0);
	});
	it('stays quiet on nanoseconds, on empty values and on the millisecond counts', () => {
		expectYamlProblems(id, 'grpc-keepalive-timeout: 20000000000\ngrpc-keepalive-interval:\nheartbeat-interval: 100\nelection-timeout: 1000\n');
	});
});
