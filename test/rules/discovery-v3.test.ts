import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'discovery-v3';

describe('discovery-v3', () => {
	it('stays quiet with both token and endpoints, and before 3.6', () => {
		expectProblems(id, 'ETCD_DISCOVERY_TOKEN=abc\nETCD_DISCOVERY_ENDPOINTS=http://10.0.0.5:2379\n', { version: '3.6' });
		expectProblems(id, 'ETCD_DISCOVERY_TOKEN=abc\n', { version: '3.5' });
	});
	// v3.6.14:server/embed/config.go:1254, v3.7.1:server/embed/config.go:987
	it('marks a token without endpoints and endpoints without a token', () => {
		expectProblems(id, 'ETCD_DISCOVERY_TOKEN=⟦abc⟧\n', { version: '3.6' });
		expectProblems(id, 'discovery-config:\n  client:\n    endpoints: ⟦[http://10.0.0.5:2379]⟧\n', { version: '3.7', file: 'etcd.conf.yml' });
	});
	// v3.6.14:server/embed/config.go:1259 (added in 3.6.1)
	it('marks an empty endpoint from 3.6.1', () => {
		expectProblems(id, 'ETCD_DISCOVERY_TOKEN=abc\nETCD_DISCOVERY_ENDPOINTS=⟦http://10.0.0.5:2379,⟧\n', { version: '3.6.1' });
		expectProblems(id, 'ETCD_DISCOVERY_TOKEN=abc\nETCD_DISCOVERY_ENDPOINTS=http://10.0.0.5:2379,\n', { version: '3.6.0' });
	});
	// v3.6.14:server/embed/config.go:1246
	it('3.6 refuses discovery-proxy beside a v3 setting', () => {
		expectProblems(id, 'ETCD_DISCOVERY_PROXY=⟦http://proxy:3128⟧\nETCD_DISCOVERY_CERT=/etc/etcd/d.crt\n', { version: '3.6' });
	});
});
