import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'allowed-cn-and-hostname';

describe('allowed-cn-and-hostname', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('errs when both are set with a peer certificate pair, pointing at the other one', () => {
		const [problem] = expectProblems(rule, 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_PEER_CERT_ALLOWED_CN=etcd-peer\n⟦ETCD_PEER_CERT_ALLOWED_HOSTNAME=etcd1.example.com⟧\n', { version: '3.4' });
		assert.equal(problem.severity, undefined);
		assert.equal(problem.related?.length, 1);
	});
	it('only warns while no peer certificate is configured', () => {
		const [problem] = expectProblems(rule, 'ETCD_PEER_AUTO_TLS=true\nETCD_PEER_CERT_ALLOWED_CN=etcd-peer\n⟦ETCD_PEER_CERT_ALLOWED_HOSTNAME=etcd1⟧\n');
		assert.equal(problem.severity, 'warning');
		assert.match(problem.message, /ETCD_PEER_CERT_FILE\/ETCD_PEER_KEY_FILE/);
	});
	it('accepts either one alone, and empty values', () => {
		expectProblems(rule, 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_PEER_CERT_ALLOWED_CN=etcd-peer\nETCD_PEER_CERT_ALLOWED_HOSTNAME=\n');
	});
	it('reads DAEMON_ARGS flags too', () => {
		expectProblems(rule, 'DAEMON_ARGS="--peer-cert-file=/p.crt --peer-key-file=/p.key --peer-cert-allowed-cn=a ⟦--peer-cert-allowed-hostname=b⟧"\n');
	});
	// v3.5.33:client/pkg/transport/listener.go:431: the client side, with its CNs only in YAML (3.5.14+)
	it('the client side: refused once a client listener serves TLS from the certificate files', () => {
		const tls = 'listen-client-urls: https://10.0.0.1:2379\nclient-transport-security:\n  cert-file: /c\n  key-file: /k\n';
		expectProblems('allowed-cn-and-hostname', tls + '  allowed-cn: [a]\n  ⟦allowed-hostname: [b]⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
		const [idle] = expectProblems('allowed-cn-and-hostname', 'client-transport-security:\n  allowed-cn: [a]\n  ⟦allowed-hostname: [b]⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
		assert.equal(idle.severity, 'warning');
		expectProblems('allowed-cn-and-hostname', tls + '  allowed-cn: [a]\n  allowed-hostname: [b]\n', { file: 'etcd.conf.yml', version: '3.5.13' });
	});
});
