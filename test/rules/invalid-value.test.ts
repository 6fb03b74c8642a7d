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
	it('reads auto-compaction-retention and feature-gates as etcd does', () => {
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=⟦1d⟧\n');
		assert.equal(applyFix(id, 'ETCD_AUTO_COMPACTION_RETENTION=2d\n', /Write 48h/), 'ETCD_AUTO_COMPACTION_RETENTION=48h\n');
		// v3.5.33:server/embed/etcd.go:940: strconv.Atoi takes a sign (+1 is one hour), -1 is neither count nor duration,
		// and a negative duration passes time.ParseDuration (value-range warns about it).
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=+1\n');
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=⟦-1⟧\n');
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=-1h\n');
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦InitialCorruptCheck=yes⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=InitialCorruptCheck=true,LeaseCheckpoint=false\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦initialcorruptcheck=true⟧\n', { version: '3.6' });
		// v3.6.14:pkg/featuregate/feature_gate.go:190: empty pieces skipped, name and value trimmed, split at the first '='.
		expectProblems(id, 'ETCD_FEATURE_GATES=" InitialCorruptCheck = true ,,"\n', { version: '3.6' });
		expectProblems(id, 'ETCD_FEATURE_GATES=⟦InitialCorruptCheck=true=false⟧\n', { version: '3.7' });
	});
	it('reads log levels as each version does: 3.4 lower case only, zap any case, 3.7 also warning', () => {
		expectProblems(id, 'ETCD_LOG_LEVEL=⟦INFO⟧\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOG_LEVEL=INFO\nDAEMON_ARGS="--log-level=Warn"\n', { version: '3.5' });
		expectProblems(id, 'ETCD_LOG_LEVEL=⟦warning⟧\n', { version: '3.6' });
		expectProblems(id, 'ETCD_LOG_LEVEL=warning\n', { version: '3.7' });
		expectProblems(id, 'ETCD_LOG_LEVEL=⟦" info"⟧\n', { version: '3.7' });
		// 3.4 with capnslog and debug on never reads the level (observed on 3.4.23); with zap it does.
		expectProblems(id, 'ETCD_DEBUG=true\nETCD_LOG_LEVEL=bogus\n', { version: '3.4' });
		expectProblems(id, 'ETCD_DEBUG=true\nETCD_LOGGER=zap\nETCD_LOG_LEVEL=⟦bogus⟧\n', { version: '3.4' });
	});
	it('an empty value written out is one etcd parses: flags of numbers, switches and choices refuse it, so does an empty logger', () => {
		expectProblems(id, 'DAEMON_ARGS="--enable-pprof=⟦⟧ --initial-cluster-state=⟦⟧ --name= --listen-client-urls="\n');
		expectProblems(id, 'ETCD_LOGGER=\nETCD_ENABLE_PPROF=\n');
		expectProblems(id, 'logger: ⟦\'\'⟧\ninitial-cluster-state: \'\'\nlog-level:\n', { file: 'etcd.conf.yml' });
		expectProblems(id, 'log-level: ⟦""⟧\n', { file: 'etcd.conf.yml', version: '3.4' });
		expectProblems(id, 'auto-compaction-mode: ""\n', { file: 'etcd.conf.yml', version: '3.5' });
		expectProblems(id, 'auto-compaction-mode: ⟦""⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
	});
	it('v2-deprecation: every piece of the flag\'s list is a stage of the release; YAML stages are not checked here', () => {
		expectProblems(id, 'ETCD_V2_DEPRECATION=write-only,gone\n', { version: '3.5' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=⟦write-only-skip-check⟧\n', { version: '3.5.31' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=write-only-skip-check\n', { version: '3.5.32' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=⟦write-only-skip-check⟧\n', { version: '3.6.12' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=write-only-skip-check\n', { version: '3.6.13' });
		expectProblems(id, 'ETCD_V2_DEPRECATION=⟦not-yet⟧\n', { version: '3.6' });
		expectProblems(id, 'v2-deprecation: bogus\n', { file: 'etcd.conf.yml', version: '3.5' });
	});
	it('max-concurrent-streams is a 32-bit count, and values of options the release lacks are not checked', () => {
		expectProblems(id, 'ETCD_MAX_CONCURRENT_STREAMS=⟦4294967296⟧\n');
		expectProblems(id, 'ETCD_MAX_CONCURRENT_STREAMS=4294967295\n');
		expectProblems(id, 'ETCD_MAX_CONCURRENT_STREAMS=-1\nETCD_MAX_LEARNERS=x\n', { version: '3.4.19' });
		expectProblems(id, 'ETCD_CONFIG_FILE=/etc/etcd/etcd.yml\nETCD_ENABLE_PPROF=yes\nDAEMON_ARGS="--heartbeat-interval=⟦abc⟧"\n');
	});
	it('checks DAEMON_ARGS flags like variables, and skips templates and empty values', () => {
		expectProblems(id, 'DAEMON_ARGS="--heartbeat-interval ⟦100ms⟧"\n');
		expectProblems(id, 'ETCD_HEARTBEAT_INTERVAL="{{ hb }}"\nETCD_LOG_LEVEL=\n');
		assert.equal(check(id, 'ETCD_LOG_LEVEL=verbose\n').problems[0].message, 'ETCD_LOG_LEVEL: etcd 3.5 takes only \'debug\', \'info\', \'warn\', \'error\', \'dpanic\', \'panic\', \'fatal\', not \'verbose\'; etcd refuses to start with it.');
	});
});
