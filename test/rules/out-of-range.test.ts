import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'out-of-range';

describe('out-of-range', () => {
	it('stays quiet on ordinary values', () => {
		expectProblems(id, 'ETCD_MAX_LEARNERS=0\nETCD_COMPACT_HASH_CHECK_TIME=1m\nETCD_CORRUPT_CHECK_TIME=0s\nETCD_QUOTA_BACKEND_BYTES=8589934592\n', { version: '3.6' });
		expectProblems(id, 'ETCD_ENABLE_DISTRIBUTED_TRACING=true\nETCD_DISTRIBUTED_TRACING_SAMPLING_RATE=1000000\n', { version: '3.7' });
	});
	// v3.6.14:server/etcdserver/api/membership/cluster.go:987
	it('a negative max-learners', () => {
		expectProblems(id, 'ETCD_MAX_LEARNERS=⟦-1⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_MAX_LEARNERS=-1\n', { version: '3.5' });
	});
	// v3.5.33:server/embed/config.go:751, v3.6.14:server/embed/config.go:1305
	it('a hash check interval of zero or less, from 3.5.5', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_TIME=⟦0s⟧\n', { version: '3.5.5' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_TIME=0s\n', { version: '3.5.4' });
		expectProblems(id, 'compact-hash-check-time: ⟦0⟧\n', { version: '3.7', file: 'etcd.conf.yml' });
	});
	// v3.6.14:server/etcdserver/server.go:2384
	it('a negative corruption check interval crashes 3.6+ (3.4 and 3.5 loop: a warning elsewhere)', () => {
		expectProblems(id, 'ETCD_CORRUPT_CHECK_TIME=⟦-1s⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME=-1s\n', { version: '3.5' });
	});
	// v3.5.33:server/embed/config_tracing.go:33
	it('a sampling rate outside 0..1000000 with tracing on, from 3.5.11', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_DISTRIBUTED_TRACING=true\nETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_SAMPLING_RATE=⟦1000001⟧\n', { version: '3.5.11' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_SAMPLING_RATE=1000001\n', { version: '3.5.11' });
		expectProblems(id, 'enable-distributed-tracing: true\ndistributed-tracing-sampling-rate: ⟦-1⟧\n', { version: '3.6', file: 'etcd.conf.yml' });
	});
	it('a quota beyond the database map limit', () => {
		expectProblems(id, 'ETCD_QUOTA_BACKEND_BYTES=⟦300000000000000⟧\n', { version: '3.4' });
	});
	// v3.5.33:client/pkg/transport/listener.go:219, v3.5.33:server/embed/config.go:643
	it('a zero self-signed-cert-validity where auto TLS makes a certificate', () => {
		expectProblems(id, 'ETCD_PEER_AUTO_TLS=true\nETCD_SELF_SIGNED_CERT_VALIDITY=⟦0⟧\n', { version: '3.5' });
		expectProblems(id, 'ETCD_PEER_AUTO_TLS=true\nETCD_PEER_CERT_FILE=/c\nETCD_SELF_SIGNED_CERT_VALIDITY=0\n', { version: '3.5' });
		expectProblems(id, 'peer-transport-security:\n  auto-tls: true\nself-signed-cert-validity: 0\n', { version: '3.5.1', file: 'etcd.conf.yml' });
		expectProblems(id, 'peer-transport-security:\n  auto-tls: ⟦true⟧\n', { version: '3.5.0', file: 'etcd.conf.yml' });
	});
	it('counts beyond 32 bits where the file says the build is 32-bit', () => {
		expectProblems(id, 'ETCD_UNSUPPORTED_ARCH=arm\nETCD_MAX_REQUEST_BYTES=⟦5000000000⟧\nETCD_QUOTA_BACKEND_BYTES=5000000000\n');
		expectProblems(id, 'ETCD_UNSUPPORTED_ARCH=arm64\nETCD_MAX_REQUEST_BYTES=5000000000\n');
	});
});
