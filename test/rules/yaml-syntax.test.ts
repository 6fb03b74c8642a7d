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
	it('warns of a second document, which etcd ignores, and says nothing of its syntax', () => {
		const [problem] = expectYamlProblems(id, 'name: pg1\n⟦---⟧\nname: [pg2\n');
		assert.equal(problem.severity, 'warning');
		assert.match(problem.message, /reads only the first YAML document/);
	});
	it('is quiet on document markers with nothing but comments after them', () => {
		expectYamlProblems(id, '---\nname: pg1\n...\n');
		expectYamlProblems(id, 'name: pg1\n---\n# the end\n\n');
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
