import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'tls-missing';

describe('tls-missing', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks https and unixs client URLs without certificate and key', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://127.0.0.1:2379,⟦https://10.0.0.1:2379⟧,⟦unixs://localhost:2389⟧"\n');
		assert.match(problem.message, /ETCD_CERT_FILE and ETCD_KEY_FILE \(or ETCD_AUTO_TLS=true\)/);
		assert.equal(problem.severity, undefined);
	});
	it('is satisfied by a pair or by auto TLS', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_CERT_FILE=/etc/etcd/server.crt\nETCD_KEY_FILE=/etc/etcd/server.key\n');
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_AUTO_TLS=true\nETCD_LISTEN_PEER_URLS=https://10.0.0.1:2380\nETCD_PEER_AUTO_TLS=1\n');
	});
	it('marks https peer URLs without the peer pair, whatever the client side has', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=⟦https://10.0.0.1:2380⟧\nETCD_CERT_FILE=/c.crt\nETCD_KEY_FILE=/c.key\n');
	});
	it('marks https metrics URLs without the client pair', () => {
		expectProblems(rule, 'ETCD_LISTEN_METRICS_URLS=⟦https://10.0.0.1:2381⟧\nETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\n');
	});
	it('errs on a lone client file when the client side serves TLS, even with auto TLS', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_AUTO_TLS=true\nETCD_KEY_FILE=⟦/c.key⟧\n');
		assert.match(problem.message, /ETCD_KEY_FILE is set without ETCD_CERT_FILE/);
		assert.equal(problem.severity, undefined);
	});
	it('only warns about a lone client file while every client URL is http', () => {
		const [problem] = expectProblems(rule, 'ETCD_CERT_FILE=⟦/c.crt⟧\n');
		assert.equal(problem.severity, 'warning');
	});
	it('errs on a lone peer file even with http peer URLs (etcd loads it to dial peers)', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_PEER_CERT_FILE=⟦"/p.crt"⟧\n', { version: '3.4' });
		assert.equal(problem.severity, undefined);
		assert.match(problem.message, /ETCD_PEER_KEY_FILE/);
	});
	it('names the options as flags when the URL comes from DAEMON_ARGS', () => {
		const [problem] = expectProblems(rule, 'DAEMON_ARGS="--listen-client-urls=⟦https://10.0.0.1:2379⟧"\n');
		assert.match(problem.message, /--cert-file and --key-file \(or --auto-tls=true\)/);
	});
	it('skips templated URLs', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="{{ scheme }}://10.0.0.1:2379"\n');
	});
	// v3.5.33:client/pkg/transport/listener.go:390
	it('3.5+: half the pair a member dials with, wherever the side builds TLS from its own pair', () => {
		expectProblems('tls-missing', 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_PEER_CLIENT_CERT_FILE=⟦/pc.crt⟧\n');
		expectProblems('tls-missing', 'ETCD_PEER_CLIENT_CERT_FILE=/pc.crt\n');
		const [idle] = expectProblems('tls-missing', 'ETCD_CERT_FILE=/c\nETCD_KEY_FILE=/k\nETCD_CLIENT_KEY_FILE=⟦/ck⟧\n');
		assert.equal(idle.severity, 'warning');
	});
});
