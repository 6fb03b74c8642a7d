import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyYamlFix, expectYamlProblems } from './yamlRules';

const id = 'yaml-flag-spelling';

describe(id, () => {
	it('marks a TLS flag at the top level and moves it into a new section', () => {
		const [problem] = expectYamlProblems(id, 'name: pg1\n⟦cert-file⟧: /etc/etcd/server.crt\n');
		assert.equal(problem.message, 'etcd\'s YAML file spells this option client-transport-security.cert-file; it skips cert-file without a word, so the setting does not happen.');
		assert.equal(applyYamlFix(id, 'name: pg1\ncert-file: "/etc/etcd/server.crt" # ours\n', /Write it as/),
			'name: pg1\nclient-transport-security:\n  cert-file: "/etc/etcd/server.crt"\n');
	});
	it('adds to the section the file already has, with its indentation and line ends', () => {
		assert.equal(applyYamlFix(id, 'peer-transport-security:\r\n    cert-file: /p.crt\r\npeer-key-file: /p.key\r\nname: a\r\n', /Write it as/),
			'peer-transport-security:\r\n    cert-file: /p.crt\r\n    key-file: /p.key\r\nname: a\r\n');
	});
	it('renames the catch-up spelling and a variable name', () => {
		assert.equal(applyYamlFix(id, 'experimental-snapshot-catchup-entries: 5000\n', /Write it as/), 'experimental-snapshot-catch-up-entries: 5000\n');
		assert.equal(applyYamlFix(id, 'ETCD_NAME: pg1\n', /Write it as name/), 'name: pg1\n');
	});
	it('explains an option YAML cannot set in the target version', () => {
		const [problem] = expectYamlProblems(id, '⟦client-crl-file⟧: /crl.pem\n');
		assert.match(problem.message, /has no YAML key for client-crl-file: it can only be given as --client-crl-file or ETCD_CLIENT_CRL_FILE/);
		// A key of another release: unavailable-option's.
		expectYamlProblems(id, 'peer-transport-security:\n  allowed-cn: [etcd]\n', { version: '3.4' });
		expectYamlProblems(id, 'peer-transport-security:\n  allowed-cn: [etcd]\n', { version: '3.5' });
	});
	// v3.6.14:server/embed/config.go:1019: 3.6 marks the misspelt key as given and copies the untouched old field over.
	it('3.6: the flag spelling of the catch-up key resets snapshot-catchup-entries, and beside it is refused', () => {
		const [reset] = expectYamlProblems(id, '⟦experimental-snapshot-catchup-entries⟧: 100\n', { version: '3.6' });
		assert.match(reset.message, /back to 5000/);
		const [refused] = expectYamlProblems(id, '⟦experimental-snapshot-catchup-entries⟧: 100\nsnapshot-catchup-entries: 100\n', { version: '3.6' });
		assert.equal(refused.severity, 'error');
	});
	it('stays quiet on keys written as etcd reads them', () => {
		expectYamlProblems(id, 'name: a\nclient-transport-security:\n  cert-file: /a\n  auto-tls: true\nsocket-options:\n  reuse-port: true\nNAME: b\n');
	});
});
