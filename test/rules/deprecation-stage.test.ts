import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'deprecation-stage';
const yaml = { file: 'etcd.conf.yml', version: '3.5' } as const;

describe('deprecation-stage', () => {
	it('stays quiet on enable-v2 with not-yet, and on stages alone', () => {
		expectProblems(id, 'ETCD_ENABLE_V2=true\nETCD_V2_DEPRECATION=not-yet\n', { version: '3.5' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=gone\n', { version: '3.5' });
	});
	// v3.5.33:server/embed/etcd.go:772
	it('3.5 refuses enable-v2 with write-only or a later stage', () => {
		expectProblems(id, 'ETCD_ENABLE_V2=⟦true⟧\nETCD_V2_DEPRECATION=write-only\n', { version: '3.5' });
		expectProblems(id, 'enable-v2: ⟦true⟧\nv2-deprecation: gone\n', yaml);
	});
	// v3.5.33:server/config/v2_deprecation.go:53
	it('3.5 crashes on a stage it does not know: an error with enable-v2, else a warning', () => {
		expectProblems(id, 'enable-v2: true\nv2-deprecation: ⟦bogus⟧\n', yaml);
		const [later] = expectProblems(id, 'v2-deprecation: ⟦bogus⟧\n', yaml);
		assert.equal(later.severity, 'warning');
		expectProblems(id, 'ETCD_ENABLE_V2=true\nETCD_V2_DEPRECATION=⟦not-yet,gone⟧\n', { version: '3.5' });
		expectProblems(id, 'enable-v2: true\nv2-deprecation: ⟦write-only-skip-check⟧\n', { ...yaml, version: '3.5.31' });
	});
	it('3.6 and 3.7 replace the stage', () => {
		const [forced] = expectProblems(id, 'ETCD_V2_DEPRECATION=⟦gone⟧\n', { version: '3.6' });
		assert.equal(forced.severity, 'information');
		expectProblems(id, 'ETCD_V2_DEPRECATION=write-only-skip-check\n', { version: '3.6.13' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=⟦write-only-skip-check⟧\n', { version: '3.7' });
	});
});
