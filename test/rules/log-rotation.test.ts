import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'log-rotation';

describe('log-rotation', () => {
	it('stays quiet with rotation off, and with one file among the outputs', () => {
		expectProblems(id, 'ETCD_LOG_ROTATION_CONFIG_JSON={bad\n');
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=/var/log/etcd.log\n');
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=stderr,/var/log/etcd.log\n');
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=stderr,stdout\n');
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=systemd/journal\n');
	});
	// v3.5.33:server/embed/config_logging.go:252 and :256
	it('refuses one stream alone (the default among them) and more than one file', () => {
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=⟦true⟧\n');
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=⟦stdout⟧\n', { version: '3.7' });
		expectProblems(id, 'enable-log-rotation: true\nlog-outputs: ⟦[/a.log, /b.log]⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
		expectProblems(id, 'enable-log-rotation: true\nlog-outputs: ⟦[\'\']⟧\n', { file: 'etcd.conf.yml', version: '3.6' });
	});
	// v3.5.33:server/embed/config_logging.go:260
	it('refuses a rotation config that is not JSON or gives a field the wrong type', () => {
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\nETCD_LOG_OUTPUTS=/var/log/etcd.log\nETCD_LOG_ROTATION_CONFIG_JSON=⟦{maxsize: 100}⟧\n');
		expectProblems(id, 'enable-log-rotation: true\nlog-outputs: [/var/log/etcd.log]\nlog-rotation-config-json: ⟦\'{"maxsize": "100"}\'⟧\n', { file: 'etcd.conf.yml' });
		expectProblems(id, 'enable-log-rotation: true\nlog-outputs: [/var/log/etcd.log]\nlog-rotation-config-json: \'{"MaxSize": 100, "extra": [1], "compress": null}\'\n', { file: 'etcd.conf.yml' });
	});
	it('is not there before 3.5', () => {
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=true\n', { version: '3.4' });
	});
});
