import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'yaml-flag-default';

describe('yaml-flag-default', () => {
	// v3.4.45:embed/config.go:405 (YAML starts from NewConfig) against v3.4.45:etcdmain/config.go:261 (the flag's default)
	it('3.4: a config file without enable-grpc-gateway runs without the gateway', () => {
		expectProblems(id, '⟦name⟧: pg1\n', { file: 'etcd.conf.yml', version: '3.4' });
		expectProblems(id, 'name: pg1\nenable-grpc-gateway: true\n', { file: 'etcd.conf.yml', version: '3.4' });
		expectProblems(id, 'name: pg1\n', { file: 'etcd.conf.yml', version: '3.5' });
		expectProblems(id, 'ETCD_NAME=pg1\n', { version: '3.4' });
	});
	it('3.5: tracing on without address or service name', () => {
		expectProblems(id, '⟦experimental-enable-distributed-tracing⟧: true\n', { file: 'etcd.conf.yml', version: '3.5' });
		expectProblems(id, 'experimental-enable-distributed-tracing: true\nexperimental-distributed-tracing-address: otel:4317\nexperimental-distributed-tracing-service-name: etcd\n', { file: 'etcd.conf.yml', version: '3.5' });
	});
});
