import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { problemsOf } from '../engineContext';

const id = 'yaml-unknown-key';

describe(id, () => {
	it('marks a typo and offers the closest key of the same section', () => {
		const [problem] = expectYamlProblems(id, 'name: pg1\n⟦initial-cluster-tokne⟧: abc\n');
		assert.equal(problem.message, 'etcd 3.5 has no YAML key initial-cluster-tokne and skips it without a word: did you mean initial-cluster-token?');
		assert.equal(applyYamlFix(id, 'name: pg1 # a\r\ninitial-cluster-tokne: abc\r\n', /Rename to initial-cluster-token/), 'name: pg1 # a\r\ninitial-cluster-token: abc\r\n');
	});
	it('looks inside sections', () => {
		const [problem] = expectYamlProblems(id, 'client-transport-security:\n  ⟦cert-fiel⟧: /a\n');
		assert.match(problem.message, /did you mean cert-file\?$/);
		assert.equal(applyYamlFix(id, 'client-transport-security:\n  cert-fiel: /a\n', /Rename to cert-file/), 'client-transport-security:\n  cert-file: /a\n');
	});
	it('says what to do when nothing is close', () => {
		const [problem] = expectYamlProblems(id, '⟦completely-unrelated-setting⟧: 1\n');
		assert.match(problem.message, /check the spelling/);
	});
	it('leaves known keys, any letter case, sections, flag spellings and 3.6 YAML-only keys alone', () => {
		expectYamlProblems(id, 'NAME: a\nclient-transport-security:\n  cert-file: /a\ncert-file: /b\nETCD_NAME: x\n');
		expectYamlProblems(id, 'discovery-config:\n  client:\n    secure:\n      server-name: etcd.example\n', { version: '3.6' });
	});
	it('marks the key of an option this version reads only as a flag, and nothing else says a word about its value', () => {
		const [problem] = expectYamlProblems(id, 'name: a\n⟦discovery-fallback⟧: \'proxy\'\n', { version: '3.6' });
		assert.equal(problem.message, 'etcd 3.6 has no YAML key discovery-fallback (only etcd 3.4 and 3.5 read it from the config file) and skips it without a word: remove it, or give the option as a flag or variable.');
		expectYamlProblems(id, 'discovery-fallback: proxy\n', { version: '3.5' });
		const found = problemsOf(parseDocument('file:///y/etcd.conf.yml', 'discovery-fallback: proxy\n'), { version: '3.6' }).map(f => f.rule.id);
		assert.deepEqual(found, [id]);
	});
});
