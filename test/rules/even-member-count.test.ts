import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { expectProblems } from './ruleTest';

describe('even-member-count', () => {
	it('stays quiet on three members', () => {
		expectProblems('even-member-count', pg3);
	});
	it('advises on four', () => {
		const [problem] = expectProblems('even-member-count', '⟦ETCD_INITIAL_CLUSTER⟧=a=http://a:2380,b=http://b:2380,c=http://c:2380,d=http://d:2380\n');
		assert.match(problem.message, /4 members need 3 for quorum and tolerate 1 failure, as 3 would/);
	});
	it('counts members, not URLs', () => {
		expectProblems('even-member-count', 'ETCD_INITIAL_CLUSTER=a=http://a:2380,a=http://a2:2380,b=http://b:2380,c=http://c:2380\n');
	});
});
