import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectYamlProblems } from './yamlRules';

const id = 'yaml-syntax';

describe(id, () => {
	it('reports YAML that does not parse', () => {
		const [problem] = expectYamlProblems(id, 'name: pg1\ninitial-cluster: [pg1=http://10.0.0.1:2380\n⟦⟧');
		assert.match(problem.message, /^etcd cannot read this file: /);
	});
	it('reports a top level that is not a mapping', () => {
		const [problem] = expectYamlProblems(id, '⟦- name\n- pg1⟧\n');
		assert.match(problem.message, /top level .* must be a mapping/);
	});
	it('stays quiet on valid files, an empty file, comments only, CRLF and a BOM', () => {
		expectYamlProblems(id, 'name: pg1\ndata-dir: /var/lib/etcd\n');
		expectYamlProblems(id, '');
		expectYamlProblems(id, '# nothing yet\n');
		expectYamlProblems(id, '\uFEFFname: pg1\r\nlog-outputs: [stderr]\r\n');
	});
	it('does not apply to env files', () => {
		expectYamlProblems(id, 'ETCD_NAME=[pg1\n', { file: 'etcd' });
	});
});
