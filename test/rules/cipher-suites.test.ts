import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'cipher-suites';
const https = 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\nETCD_CERT_FILE=/c\nETCD_KEY_FILE=/k\n';

describe('cipher-suites', () => {
	it('stays quiet without the option and on names etcd knows, TLS 1.3 and insecure ones too', () => {
		expectProblems(id, 'ETCD_NAME=a\nETCD_CIPHER_SUITES=\n');
		expectProblems(id, 'ETCD_CIPHER_SUITES=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_AES_128_GCM_SHA256,TLS_RSA_WITH_RC4_128_SHA\n');
		expectProblems(id, 'cipher-suites: [TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305]\n', { file: 'etcd.conf.yml' });
	});
	// v3.5.33:server/embed/etcd.go:518, v3.5.33:client/pkg/tlsutil/cipher_suites.go:50
	it('marks unknown names, blanks after commas, wrong case and empty pieces, even with plain http', () => {
		expectProblems(id, 'ETCD_CIPHER_SUITES=⟦TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256⟧\n');
		expectProblems(id, 'ETCD_CIPHER_SUITES=⟦tls_ecdhe_rsa_with_aes_128_gcm_sha256⟧\n');
		expectProblems(id, 'ETCD_CIPHER_SUITES=⟦TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,⟧\n');
		expectProblems(id, 'cipher-suites: ⟦[TLS_BOGUS]⟧\n', { file: 'etcd.conf.yml', version: '3.7' });
	});
	it('3.4.0 to 3.4.15 knew a fixed table without the TLS 1.3 names', () => {
		expectProblems(id, 'ETCD_CIPHER_SUITES=⟦TLS_AES_128_GCM_SHA256⟧\n', { version: '3.4.15' });
		expectProblems(id, 'ETCD_CIPHER_SUITES=TLS_AES_128_GCM_SHA256\n', { version: '3.4.16' });
	});
	// v3.5.33:server/embed/serve.go:263
	it('an https client listener needs a suite HTTP/2 takes', () => {
		expectProblems(id, https + 'ETCD_CIPHER_SUITES=⟦TLS_RSA_WITH_AES_128_GCM_SHA256⟧\n');
		expectProblems(id, https + 'ETCD_CIPHER_SUITES=TLS_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\n');
		expectProblems(id, 'ETCD_CIPHER_SUITES=TLS_RSA_WITH_AES_128_GCM_SHA256\n');
		expectProblems(id, https + 'ETCD_LISTEN_CLIENT_HTTP_URLS=http://10.0.0.1:2378\nETCD_CIPHER_SUITES=TLS_RSA_WITH_AES_128_GCM_SHA256\n');
	});
	it('a 3.4/3.5 v2 proxy checks no name', () => {
		expectProblems(id, 'ETCD_PROXY=on\nETCD_CIPHER_SUITES=TLS_BOGUS\n', { version: '3.4' });
	});
});
