import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('existing-with-discovery', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('existing-with-discovery', pg3);
	});
	it('fires on discovery with existing', () => {
		expectProblems('existing-with-discovery', 'ETCD_INITIAL_CLUSTER_STATE=existing\n⟦ETCD_DISCOVERY⟧=https://d.example/x\n');
	});
	// v3.7.1:server/config/config.go:238 refuses v3 discovery; DNS discovery supplies the list itself (a matter of DNS)
	it('fires on v3 discovery endpoints with existing (3.6+), not on DNS discovery', () => {
		expectProblems('existing-with-discovery', 'ETCD_INITIAL_CLUSTER_STATE=existing\n⟦ETCD_DISCOVERY_ENDPOINTS⟧=http://10.0.0.5:2379\nETCD_DISCOVERY_TOKEN=t\n', { version: '3.7' });
		expectProblems('existing-with-discovery', 'ETCD_INITIAL_CLUSTER_STATE=existing\nETCD_DISCOVERY_SRV=example.com\n');
	});
	it('is quiet on discovery with new', () => {
		expectProblems('existing-with-discovery', 'ETCD_INITIAL_CLUSTER_STATE=new\nETCD_DISCOVERY=https://d.example/x\n');
	});
});
