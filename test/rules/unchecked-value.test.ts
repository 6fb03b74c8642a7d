import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectProblems } from './ruleTest';

describe('unchecked-value', () => {
	it('warns where etcd silently falls back', () => {
		expectProblems('unchecked-value', 'ETCD_METRICS=⟦full⟧\nETCD_BACKEND_BBOLT_FREELIST_TYPE=map\n');
		assert.equal(applyFix('unchecked-value', 'ETCD_METRICS=Extensive\n', /Write extensive/), 'ETCD_METRICS=extensive\n');
	});
});
