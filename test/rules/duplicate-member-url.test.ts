import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('duplicate-member-url', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('duplicate-member-url', pg3);
	});
	it('fires on a URL under a second name', () => {
		expectProblems('duplicate-member-url', 'ETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,b=⟦http://10.0.0.1:2380⟧\n');
	});
	it('allows one member with several URLs', () => {
		expectProblems('duplicate-member-url', 'ETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,a=http://10.0.0.2:2380\n');
	});
});
