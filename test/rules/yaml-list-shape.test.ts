import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-list-shape';

describe(id, () => {
	it('marks a list option written as a string and makes it a list', () => {
		const [problem] = expectYamlProblems(id, 'log-outputs: ⟦stderr⟧\n');
		assert.equal(problem.message, 'log-outputs takes a YAML list of strings, so etcd refuses a single value: write [stderr].');
		assert.equal(applyYamlFix(id, 'log-outputs: stderr,/var/log/etcd.log\n', /list/), 'log-outputs: [stderr, /var/log/etcd.log]\n');
	});
	it('marks URLs written as a list and joins them', () => {
		expectYamlProblems(id, 'listen-client-urls: ⟦[http://10.0.0.1:2379, http://127.0.0.1:2379]⟧\n');
		assert.equal(applyYamlFix(id, 'listen-client-urls:\n  - http://10.0.0.1:2379\n  - http://127.0.0.1:2379\n', /one string/), 'listen-client-urls:\n  http://10.0.0.1:2379,http://127.0.0.1:2379\n');
	});
	it('marks list items that are not strings, a mapping as a value and a value as a section', () => {
		expectYamlProblems(id, 'cipher-suites: [TLS_AES_128_GCM_SHA256, ⟦1⟧]\nname: ⟦{a: 1}⟧\nclient-transport-security: ⟦on⟧\n');
	});
	it('stays quiet on lists, strings, empty values and empty sections', () => {
		expectYamlProblems(id, 'log-outputs: [stderr]\ncipher-suites:\n  - TLS_AES_128_GCM_SHA256\nlisten-client-urls: http://10.0.0.1:2379\nname:\nclient-transport-security:\n');
	});
	// v3.5.14:server/embed/config.go:453 (strings) and v3.5.15:server/embed/config.go:453 (lists)
	it('the allowed CN and host name keys are strings in 3.5.14 and lists from 3.5.15', () => {
		expectYamlProblems('yaml-list-shape', 'peer-transport-security:\n  allowed-cn: ⟦[etcd]⟧\n', { version: '3.5.14' });
		expectYamlProblems('yaml-list-shape', 'peer-transport-security:\n  allowed-cn: etcd\n', { version: '3.5.14' });
		expectYamlProblems('yaml-list-shape', 'peer-transport-security:\n  allowed-cn: ⟦etcd⟧\n', { version: '3.5.15' });
	});
});
