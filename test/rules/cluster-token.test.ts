import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, expectProblems } from './ruleTest';

describe('cluster-token', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('cluster-token', pg3);
	});
	it('fires on the default token', () => {
		expectProblems('cluster-token', pg3With('ETCD_INITIAL_CLUSTER_TOKEN', 'ETCD_INITIAL_CLUSTER_TOKEN=⟦"etcd-cluster"⟧'));
	});
	it('fires on a missing token, on the cluster line', () => {
		expectProblems('cluster-token', '⟦ETCD_INITIAL_CLUSTER⟧=a=http://a:2380,b=http://b:2380,c=http://c:2380\n');
	});
	it('does not fire for a single member', () => {
		expectProblems('cluster-token', 'ETCD_INITIAL_CLUSTER=a=http://a:2380\n');
	});
	it('generates a token in place, keeping the quotes', () => {
		const text = pg3With('ETCD_INITIAL_CLUSTER_TOKEN', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster"');
		assert.equal(applyFix('cluster-token', text, /Generate/), pg3With('ETCD_INITIAL_CLUSTER_TOKEN', 'ETCD_INITIAL_CLUSTER_TOKEN="0123456789abcdef"'));
	});
	it('adds a token line after the cluster line when there is none', () => {
		const text = pg3With('ETCD_INITIAL_CLUSTER_TOKEN', '# no token');
		assert.equal(applyFix('cluster-token', text, /Generate/),
			text.replace('2380"\n# no token', '2380"\nETCD_INITIAL_CLUSTER_TOKEN="0123456789abcdef"\n# no token'));
	});
});
