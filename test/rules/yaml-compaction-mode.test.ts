import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectProblems } from './ruleTest';

const id = 'yaml-compaction-mode';
const yaml34 = { file: 'etcd.conf.yml', version: '3.4' as const };

describe(id, () => {
	it('is an error for a duration without a mode: etcd 3.4 refuses to start', () => {
		const [problem] = expectProblems(id, 'name: pg1\nauto-compaction-retention: ⟦1h⟧\n', yaml34);
		assert.equal(problem.severity, undefined);
		assert.match(problem.message, /refuses to start/);
	});
	it('is a warning for an hour count without a mode: compaction is silently off', () => {
		const [problem] = expectProblems(id, 'name: pg1\nauto-compaction-retention: ⟦"12"⟧\n', yaml34);
		assert.equal(problem.severity, 'warning');
		assert.match(problem.message, /read as 0/);
	});
	it('adds the command line\'s default mode after the retention, in the file\'s indentation', () => {
		assert.equal(applyFix(id, 'name: pg1\r\nauto-compaction-retention: 1h\r\nlogger: zap\r\n', /Add auto-compaction-mode: periodic/, yaml34),
			'name: pg1\r\nauto-compaction-retention: 1h\r\nauto-compaction-mode: periodic\r\nlogger: zap\r\n');
	});
	// v3.5.33:server/embed/etcd.go:941: 3.5's config file has no default mode either, and an empty flag is taken as written.
	it('3.5 YAML and an empty mode from a flag in 3.4 and 3.5 alike', () => {
		expectProblems(id, 'auto-compaction-retention: ⟦1h⟧\n', { file: 'etcd.conf.yml', version: '3.5' });
		expectProblems(id, 'DAEMON_ARGS="--auto-compaction-mode= --auto-compaction-retention=⟦1h⟧"\n', { version: '3.4.23' });
		expectProblems(id, 'ETCD_AUTO_COMPACTION_MODE=\nETCD_AUTO_COMPACTION_RETENTION=1h\n', { version: '3.5' });
		expectProblems(id, 'auto-compaction-retention: 1h\n', { file: 'etcd.conf.yml', version: '3.6' });
	});
	it('stays quiet with a mode, with 0 or 0s, with an unreadable value, in env files and for later versions', () => {
		expectProblems(id, 'auto-compaction-mode: revision\nauto-compaction-retention: 1h\n', yaml34);
		expectProblems(id, 'auto-compaction-retention: "0"\n', yaml34);
		expectProblems(id, 'auto-compaction-retention: 0s\n', yaml34);
		expectProblems(id, 'auto-compaction-retention: -1\n', yaml34);
		expectProblems(id, 'auto-compaction-retention: soon\n', yaml34);
		expectProblems(id, 'ETCD_AUTO_COMPACTION_RETENTION=1h\n', { version: '3.4' });
	});
});
