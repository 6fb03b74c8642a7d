import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'tls-unused';

const clientTls = 'ETCD_CERT_FILE=/etc/etcd/server.crt\nETCD_KEY_FILE=/etc/etcd/server.key\nETCD_TRUSTED_CA_FILE=/etc/etcd/ca.crt\nETCD_CLIENT_CERT_AUTH=true\n';

describe('tls-unused', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks client TLS settings while every client URL is http, as unnecessary', () => {
		const problems = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\n⟦ETCD_CERT_FILE=/etc/etcd/server.crt⟧\n⟦ETCD_KEY_FILE=/etc/etcd/server.key⟧\n⟦ETCD_TRUSTED_CA_FILE=/etc/etcd/ca.crt⟧\n⟦ETCD_CLIENT_CERT_AUTH=true⟧\n⟦ETCD_AUTO_TLS=true⟧\n');
		assert.ok(problems.every(p => p.unnecessary === true));
		assert.match(problems[0].message, /ETCD_CERT_FILE has no effect: every client URL of this member is plain http/);
	});
	it('stays quiet once one client URL, metrics included, serves https', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=http://127.0.0.1:2379,https://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\n' + clientTls);
		expectProblems(rule, 'ETCD_LISTEN_METRICS_URLS=https://10.0.0.1:2381\n' + clientTls);
	});
	it('does not count false switches or a lone file (tls-missing reports that one)', () => {
		expectProblems(rule, 'ETCD_CLIENT_CERT_AUTH=false\nETCD_AUTO_TLS=false\nETCD_CERT_FILE=/etc/etcd/server.crt\n');
	});
	it('marks peer TLS settings when no peer connection can use TLS', () => {
		const [problem] = expectProblems(rule, '⟦ETCD_PEER_CERT_FILE=/p.crt⟧\n⟦ETCD_PEER_KEY_FILE=/p.key⟧\n⟦ETCD_PEER_CLIENT_CERT_AUTH=true⟧\n');
		assert.match(problem.message, /every peer it lists use plain http/);
	});
	it('keeps peer files that serve to dial members listed with https', () => {
		expectProblems(rule, 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_INITIAL_CLUSTER="a=http://10.0.0.1:2380,b=https://10.0.0.2:2380"\n');
		expectProblems(rule, 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_INITIAL_CLUSTER="{{ etcd_initial_cluster }}"\n');
	});
	it('marks an advertised scheme no listener of that side speaks', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=⟦https://10.0.0.1:2379⟧\nETCD_LISTEN_PEER_URLS=https://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=⟦http://10.0.0.1:2380⟧\nETCD_PEER_AUTO_TLS=true\n');
	});
	it('accepts either scheme when listeners serve both, and ignores sockets', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379,https://10.0.0.1:2379,unix:///run/e.sock\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379,http://10.0.0.1:2379,unixs:///run/e.sock\nETCD_AUTO_TLS=true\n');
	});
	it('knows the default listen URLs, and skips templates', () => {
		expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS=⟦https://localhost:2379⟧\n');
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="{{ client_urls }}"\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\n' + clientTls);
	});
});
