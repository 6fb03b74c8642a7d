import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('multiple-bootstrap', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('multiple-bootstrap', pg3);
	});
	it('fires on a static list plus discovery', () => {
		expectProblems('multiple-bootstrap', '⟦ETCD_INITIAL_CLUSTER⟧=a=http://10.0.0.1:2380\n⟦ETCD_DISCOVERY_SRV⟧=example.com\n');
	});
	it('ignores empty values (etcd treats them as unset)', () => {
		expectProblems('multiple-bootstrap', 'ETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\nETCD_DISCOVERY=\n');
	});
	it('counts v3 discovery only from 3.6', () => {
		expectProblems('multiple-bootstrap', 'ETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380\nETCD_DISCOVERY_ENDPOINTS=http://10.0.0.9:2379\n', { version: '3.5' });
		expectProblems('multiple-bootstrap', '⟦ETCD_INITIAL_CLUSTER⟧=a=http://10.0.0.1:2380\n⟦ETCD_DISCOVERY_ENDPOINTS⟧=http://10.0.0.9:2379\n', { version: '3.6' });
	});
});
