import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'cert-auth-without-ca';
const https = 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_CERT_FILE=/c.crt\nETCD_KEY_FILE=/c.key\n';

describe('cert-auth-without-ca', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks client-cert-auth without a trusted CA on an https client side', () => {
		const [problem] = expectProblems(rule, https + '⟦ETCD_CLIENT_CERT_AUTH=true⟧\n');
		assert.match(problem.message, /system's root CAs/);
		assert.match(problem.message, /set ETCD_TRUSTED_CA_FILE/);
	});
	it('is satisfied by a CA file, and silent when auth is off or the side is plain http', () => {
		expectProblems(rule, https + 'ETCD_CLIENT_CERT_AUTH=true\nETCD_TRUSTED_CA_FILE=/ca.crt\n');
		expectProblems(rule, https + 'ETCD_CLIENT_CERT_AUTH=false\n');
		expectProblems(rule, 'ETCD_CLIENT_CERT_AUTH=true\n');
	});
	it('checks the peer side with its own options', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=https://10.0.0.1:2380\nETCD_PEER_AUTO_TLS=true\n⟦ETCD_PEER_CLIENT_CERT_AUTH=1⟧\nETCD_TRUSTED_CA_FILE=/client-ca.crt\n');
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=https://10.0.0.1:2380\nETCD_PEER_AUTO_TLS=true\nETCD_PEER_CLIENT_CERT_AUTH=1\nETCD_PEER_TRUSTED_CA_FILE=/peer-ca.crt\n');
	});
});
