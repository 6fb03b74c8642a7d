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
	it('is quiet on discovery with new', () => {
		expectProblems('existing-with-discovery', 'ETCD_INITIAL_CLUSTER_STATE=new\nETCD_DISCOVERY=https://d.example/x\n');
	});
});
