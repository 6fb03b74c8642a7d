import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'listen-address-clash';

describe('listen-address-clash', () => {
	it('stays quiet on the defaults and on distinct ports', () => {
		expectProblems(id, 'ETCD_NAME=a\n');
		expectProblems(id, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_LISTEN_METRICS_URLS=http://10.0.0.1:2381\n');
	});
	// v3.4.45:embed/etcd.go:540, :695, :885 (observed on 3.4.23: bind: address already in use)
	it('marks a listener on the address of another kind of listener', () => {
		expectProblems(id, 'ETCD_LISTEN_METRICS_URLS=⟦http://localhost:2379⟧\n');
		expectProblems(id, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_LISTEN_PEER_URLS=⟦http://10.0.0.1:2379⟧\n');
		expectProblems(id, 'listen-peer-urls: http://10.0.0.1:2380\nlisten-metrics-urls: ⟦http://10.0.0.1:2380⟧\n', { file: 'etcd.conf.yml' });
	});
	it('only warns where a wildcard or localhost may cover the other address, or sockets may be shared', () => {
		const [maybe] = expectProblems(id, 'ETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379\nETCD_LISTEN_METRICS_URLS=⟦http://10.0.0.1:2379⟧\n');
		assert.equal(maybe.severity, 'warning');
		const [reused] = expectProblems(id, 'ETCD_SOCKET_REUSE_PORT=true\nETCD_LISTEN_METRICS_URLS=⟦http://localhost:2379⟧\n');
		assert.equal(reused.severity, 'warning');
	});
});
