import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'ca-implies-cert-auth';
const https = 'ETCD_LISTEN_CLIENT_URLS="https://10.0.0.1:2379"\r\nETCD_CERT_FILE="/c.crt"\r\nETCD_KEY_FILE="/c.key"\r\n';

describe('ca-implies-cert-auth', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('tells that a CA file alone makes etcd require client certificates', () => {
		const [problem] = expectProblems(rule, https + '⟦ETCD_TRUSTED_CA_FILE="/ca.crt"⟧\r\n# end\r\n');
		assert.match(problem.message, /require a certificate signed by that CA from every client/);
	});
	it('adds the explicit switch after the CA line, in the file\'s quoting and line ends', () => {
		assert.equal(applyFix(rule, https + 'ETCD_TRUSTED_CA_FILE="/ca.crt"\r\n# end\r\n', /Set ETCD_CLIENT_CERT_AUTH=true/),
			https + 'ETCD_TRUSTED_CA_FILE="/ca.crt"\r\nETCD_CLIENT_CERT_AUTH="true"\r\n# end\r\n');
	});
	it('turns an explicit false into true', () => {
		const source = 'ETCD_LISTEN_PEER_URLS=https://10.0.0.1:2380\nETCD_PEER_AUTO_TLS=true\nETCD_PEER_TRUSTED_CA_FILE=/ca.crt\nETCD_PEER_CLIENT_CERT_AUTH=false\n';
		expectProblems(rule, source.replace('ETCD_PEER_TRUSTED_CA_FILE=/ca.crt', '⟦ETCD_PEER_TRUSTED_CA_FILE=/ca.crt⟧'));
		assert.equal(applyFix(rule, source, /Set/), source.replace('CERT_AUTH=false', 'CERT_AUTH=true'));
	});
	it('stays quiet when client-cert-auth says so already, or nothing serves TLS', () => {
		expectProblems(rule, https + 'ETCD_TRUSTED_CA_FILE="/ca.crt"\r\nETCD_CLIENT_CERT_AUTH=true\r\n');
		expectProblems(rule, 'ETCD_TRUSTED_CA_FILE=/ca.crt\n');
	});
});
