import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

const id = 'invalid-value';

describe(id, () => {
	it('stays quiet on the user\'s pg3 and on values etcd reads', () => {
		expectProblems(id, pg3);
		expectProblems(id, 'ETCD_ENABLE_PPROF=true\nETCD_STRICT_RECONFIG_CHECK=1\nETCD_HEARTBEAT_INTERVAL=0x64\nETCD_GRPC_KEEPALIVE_TIMEOUT=20s\nETCD_SNAPSHOT_COUNT=1_000\nETCD_AUTO_COMPACTION_RETENTION=1h30m\nETCD_QUOTA_BACKEND_BYTES=-1\n');
	});
	it('marks booleans outside Go\'s spellings and offers the one meant', () => {
		expectProblems(id, 'ETCD_ENABLE_PPROF=⟦yes⟧\nETCD_CLIENT_CERT_AUTH=⟦"on"⟧\n');
		assert.equal(applyFix(id, 'ETCD_CLIENT_CERT_AUTH="on" \n# next\n', /Write true/), 'ETCD_CLIENT_CERT_AUTH="true" \n# next\n');
	});
	it('marks a unit on a millisecond count, and converts seconds', () => {
		expectProblems(id, 'ETCD_HEARTBEAT_INTERVAL=⟦"100ms"⟧\n');
		assert.equal(applyFix(id, 'ETCD_ELECTION_TIMEOUT=1s\n', /Write 1000/), 'ETCD_ELECTION_TIMEOUT=1000\n');
	});
	it('marks durations without unit, signs on unsigned numbers, 08 and units on sizes', () => {
		expectProblems(id, 'ETCD_GRPC_KEEPALIVE_TIMEOUT=⟦20⟧\nETCD_SNAPSHOT_COUNT=⟦-1⟧\nETCD_MAX_SNAPSHOTS=⟦08⟧\nETCD_QUOTA_BACKEND_BYTES=⟦8G⟧\n');
	});
	it('knows enums per version: log-level case on 3.4, capnslog only on 3.4, v2-deprecation only from 3.5', () => {
		expectProblems(id, 'ETCD_LOG_LEVEL=⟦INFO⟧\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOG_LEVEL=INFO\n', { version: '3.5' });
		expectProblems(id, 'ETCD_LOG_LEVEL=⟦warning⟧\n', { version: '3.5' });
		expectProblems(id, 'ETCD_LOGGER=capnslog\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOGGER=⟦capnslog⟧\n', { version: '3.5' });
		assert.equal(applyFix(id, 'ETCD_INITIAL_CLUSTER_STATE=Existing\n', /Write existing/), 'ETCD_INITIAL_CLUSTER_STATE=existing\n');
	});
	it('reads auto-compaction-retention, auth-token and feature-gates as etcd does', () => {
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=⟦1d⟧\nETCD_AUTH_TOKEN=⟦jwt,pub-key⟧\n');
		assert.equal(applyFix(id, 'ETCD_AUTO_COMPACTION_RETENTION=2d\n', /Write 48h/), 'ETCD_AUTO_COMPACTION_RETENTION=48h\n');
		// etcd reads a count with Go's strconv.Atoi, which takes a sign: +1 is one hour, -1 is neither count nor duration.
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=+1\n');
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=⟦-1⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,pub-key=/a,priv-key=/b,sign-method=RS256,ttl=10m\n');
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦InitialCorruptCheck=yes⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=InitialCorruptCheck=true,LeaseCheckpoint=false\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦initialcorruptcheck=true⟧\n', { version: '3.6' });
	});
	it('checks DAEMON_ARGS flags like variables, and skips templates and empty values', () => {
		expectProblems(id, 'DAEMON_ARGS="--heartbeat-interval ⟦100ms⟧"\n');
		expectProblems(id, 'ETCD_HEARTBEAT_INTERVAL="{{ hb }}"\nETCD_LOG_LEVEL=\n');
		assert.equal(check(id, 'ETCD_LOG_LEVEL=verbose\n').problems[0].message, 'ETCD_LOG_LEVEL: etcd 3.5 takes only \'debug\', \'info\', \'warn\', \'error\', \'dpanic\', \'panic\', \'fatal\', not \'verbose\'; etcd refuses to start with it.');
	});
});
