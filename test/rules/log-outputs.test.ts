import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, expectProblems } from './ruleTest';

const id = 'log-outputs';
const yaml = (version: '3.4' | '3.5' | '3.6' | '3.7') => ({ file: 'etcd.conf.yml', version });

describe('log-outputs', () => {
	it('stays quiet on the defaults, on streams and on plain file paths with zap', () => {
		expectProblems(id, 'ETCD_NAME=a\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=stderr,stdout\n', { version: '3.5' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=/var/log/etcd.log,stderr\nETCD_LOGGER=zap\n', { version: '3.4' });
		expectProblems(id, 'log-outputs: [systemd/journal]\n', yaml('3.6'));
	});
	// v3.5.33:server/embed/config_logging.go:57 and :120
	it('zap: default and the journal only alone; a flag or variable list loses its repeats first, a YAML list does not', () => {
		expectProblems(id, 'ETCD_LOG_OUTPUTS=⟦default,stderr⟧\n', { version: '3.5' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=default,default\n', { version: '3.5' });
		expectProblems(id, 'log-outputs: ⟦[default, default]⟧\n', yaml('3.7'));
		expectProblems(id, 'log-outputs: ⟦[systemd/journal, stderr]⟧\n', yaml('3.6'));
		expectProblems(id, 'log-outputs: ⟦[systemd/journal, systemd/journal]⟧\n', yaml('3.5'));
	});
	// v3.5.33:server/embed/config_logging.go:112 (zap sink.go newFileSink)
	it('zap: file entries its sink parser refuses, whatever the disk holds', () => {
		for (const entry of ['foo:bar', '/var/log/etcd.log?x=1', '/var/log/a#b', '//host/x', '/var/log/100%']) expectProblems(id, `ETCD_LOG_OUTPUTS=⟦${entry}⟧\n`, { version: '3.6' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=file:///var/log/etcd.log\nDAEMON_ARGS="--name=x"\n', { version: '3.6' });
		assert.equal(check(id, 'DAEMON_ARGS="--log-outputs="\n', { version: '3.7' }).problems.length, 1);
		// With rotation, etcd's own rotate sink takes the file instead.
		expectProblems(id, 'ETCD_LOG_OUTPUTS=/var/log/etcd.log?x=1\nETCD_ENABLE_LOG_ROTATION=true\n', { version: '3.6' });
	});
	// v3.4.45:embed/config_logging.go:118 and :132
	it('3.4 capnslog (the default logger): one output, a stream', () => {
		expectProblems(id, 'ETCD_LOG_OUTPUTS=⟦stderr,stdout⟧\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=stderr,stderr\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOG_OUTPUTS=⟦/var/log/etcd.log⟧\n', { version: '3.4.23' });
		expectProblems(id, 'log-outputs: ⟦[stderr, stderr]⟧\n', yaml('3.4'));
		expectProblems(id, 'ETCD_LOG_OUTPUTS=stderr,stdout\nETCD_LOG_PACKAGE_LEVELS=garbage\n', { version: '3.4' });
	});
	// v3.4.45:embed/config_logging.go:62, :65, :68
	it('3.4: log-output beside log-outputs', () => {
		expectProblems(id, 'ETCD_LOG_OUTPUT=stderr\nETCD_LOG_OUTPUTS=⟦stderr⟧\n', { version: '3.4' });
		expectProblems(id, 'ETCD_LOGGER=zap\nETCD_LOG_OUTPUT=stderr,stdout\nETCD_LOG_OUTPUTS=⟦stdout,stderr⟧\n', { version: '3.4' });
		expectProblems(id, 'log-output: []\nlog-outputs: ⟦[]⟧\n', yaml('3.4'));
		const [ignored] = expectProblems(id, 'ETCD_LOG_OUTPUT=⟦stdout⟧\n', { version: '3.4' });
		assert.equal(ignored.severity, 'warning');
		expectProblems(id, 'ETCD_LOG_OUTPUT=⟦stderr⟧\nETCD_LOG_OUTPUTS=stdout\n', { version: '3.4' });
	});
});
