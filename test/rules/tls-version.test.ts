import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'tls-version';

describe('tls-version', () => {
	it('stays quiet on a minimum below the maximum, and on suites under a TLS 1.2 minimum', () => {
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.2\nETCD_TLS_MAX_VERSION=TLS1.3\nETCD_CIPHER_SUITES=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n');
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\n');
	});
	// v3.5.33:server/embed/config.go:765 and :770
	it('marks a minimum above the maximum and suites under a TLS 1.3 minimum', () => {
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\nETCD_TLS_MAX_VERSION=⟦TLS1.2⟧\n');
		expectProblems(id, 'tls-min-version: TLS1.3\ncipher-suites: ⟦[TLS_AES_128_GCM_SHA256]⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
	});
	it('not before the options came: 3.4.25 and 3.5.8', () => {
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\nETCD_TLS_MAX_VERSION=TLS1.2\n', { version: '3.4.24' });
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\nETCD_TLS_MAX_VERSION=⟦TLS1.2⟧\n', { version: '3.4.25' });
		expectProblems(id, 'ETCD_TLS_MIN_VERSION=TLS1.3\nETCD_TLS_MAX_VERSION=TLS1.2\n', { version: '3.5.7' });
	});
});
