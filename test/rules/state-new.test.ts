import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, expectProblems } from './ruleTest';

describe('state-new', () => {
	it('reminds on the user\'s explicit new', () => {
		expectProblems('state-new', pg3.replace('ETCD_INITIAL_CLUSTER_STATE="new"', 'ETCD_INITIAL_CLUSTER_STATE=⟦"new"⟧'));
	});
	it('is quiet on existing and when unset', () => {
		expectProblems('state-new', pg3With('ETCD_INITIAL_CLUSTER_STATE', 'ETCD_INITIAL_CLUSTER_STATE="existing"'));
		expectProblems('state-new', 'ETCD_NAME=a\n');
	});
	it('switches to existing', () => {
		assert.equal(applyFix('state-new', pg3, /Switch to existing/), pg3With('ETCD_INITIAL_CLUSTER_STATE', 'ETCD_INITIAL_CLUSTER_STATE="existing"'));
	});
});
