import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'yaml-empty-value';
const yaml = (version: '3.4' | '3.5' | '3.6' | '3.7') => ({ file: 'etcd.conf.yml', version });

describe('yaml-empty-value', () => {
	it('stays quiet on values, quoted empty strings and empty sections that may be empty', () => {
		expectProblems(id, 'name: pg1\ninitial-cluster-token: ""\nclient-transport-security:\n', yaml('3.6'));
		expectProblems(id, 'peer-transport-security:\n', yaml('3.5'));
	});
	it('hints that a key without a value keeps the default', () => {
		const [problem] = expectProblems(id, '⟦name⟧:\nheartbeat-interval: 100\n', yaml('3.4'));
		assert.equal(problem.severity, 'hint');
	});
	// v3.6.14:server/embed/config.go:1006, v3.7.1:server/embed/config.go:815
	it('3.6 and 3.7 refuse an empty peer-transport-security', () => {
		expectProblems(id, '⟦peer-transport-security⟧:\n', yaml('3.6'));
		expectProblems(id, '⟦peer-transport-security⟧:\n', yaml('3.7'));
	});
	// v3.6.14:server/embed/config.go:1240, v3.7.1:server/embed/etcd.go:374
	it('3.6 and 3.7 crash on empty discovery-config client sections', () => {
		expectProblems(id, 'discovery-config:\n  client:\n    ⟦secure⟧:\n', yaml('3.6'));
		expectProblems(id, 'discovery-config:\n  client:\n    ⟦auth⟧:\n', yaml('3.7'));
	});
	// v3.6.14:server/embed/config.go:1028 and :1019
	it('3.6 crashes on empty experimental switches it reads by hand', () => {
		expectProblems(id, '⟦experimental-initial-corrupt-check⟧:\n', yaml('3.6'));
		expectProblems(id, '⟦experimental-snapshot-catch-up-entries⟧:\n', yaml('3.6'));
		const [plain] = expectProblems(id, '⟦experimental-initial-corrupt-check⟧:\n', yaml('3.5'));
		assert.equal(plain.severity, 'hint');
	});
});
