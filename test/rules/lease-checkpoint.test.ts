import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'lease-checkpoint';

describe('lease-checkpoint', () => {
	it('stays quiet with both on or both off', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=true\nETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST=true\n', { version: '3.5' });
		expectProblems(id, 'ETCD_FEATURE_GATES=LeaseCheckpoint=true,LeaseCheckpointPersist=true\n', { version: '3.7' });
		expectProblems(id, 'ETCD_FEATURE_GATES=AllAlpha=true\n', { version: '3.6' });
	});
	// v3.4.45:embed/config.go:683, v3.5.33:server/embed/config.go:747, v3.6.14:server/embed/config.go:1301, v3.7.1:server/embed/config.go:1034
	it('refuses persistence without checkpoints, from 3.4.20 and 3.5.2, then as gates', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST=⟦true⟧\n', { version: '3.4.20' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST=true\n', { version: '3.5.1' });
		expectProblems(id, 'experimental-enable-lease-checkpoint-persist: ⟦true⟧\n', { version: '3.5.2', file: 'etcd.conf.yml' });
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST=⟦true⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦LeaseCheckpointPersist=true⟧\n', { version: '3.7' });
	});
	// v3.4.45:embed/config.go:679 logs through cfg.logger, which capnslog leaves nil
	it('checkpoints without persistence: a crash on 3.4.20+ with capnslog, else a warning', () => {
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=⟦true⟧\n', { version: '3.4.23' });
		const [zap] = expectProblems(id, 'ETCD_LOGGER=zap\nETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=⟦true⟧\n', { version: '3.4.23' });
		assert.equal(zap.severity, 'warning');
		expectProblems(id, 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT=true\n', { version: '3.4.19' });
		const [gate] = expectProblems(id, 'ETCD_FEATURE_GATES=⟦LeaseCheckpoint=true⟧\n', { version: '3.7' });
		assert.equal(gate.severity, 'warning');
	});
});
