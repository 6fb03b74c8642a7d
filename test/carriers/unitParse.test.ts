import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { recogniseFile } from '../../server/src/engine/parse/recognise';
import { parseUnit } from '../../server/src/engine/parsers/systemdUnit';
import { templateMark } from '../../server/src/engine/parsers/templates';

/*
 * How systemd reads a unit, case by case: its config parser joins continued lines (a trailing backslash becomes a
 * blank, comment lines inside are skipped), extract_first_word() splits ExecStart= and Environment= (quotes anywhere
 * in a word, C escapes), specifiers and `${VAR}` are the host's and the environment's.
 */

const unit = (service: string) => `[Unit]\nDescription=etcd\n\n[Service]\n${service}\n`;
const settings = (service: string, uri = 'file:///u/etcd.service') =>
	parseDocument(uri, unit(service)).settings.map(s => [s.key, s.value.replaceAll(templateMark, '?')]);

describe('systemd units: reading', () => {
	it('joins continued lines, skipping comment lines inside the continuation', () => {
		const [directive] = parseUnit('[Service]\nExecStart=/usr/bin/etcd \\\n   --name a \\\n# a note\n; another\n  --data-dir /d\n').filter(d => d.key === 'ExecStart');
		assert.deepEqual(directive.value.split(/ +/), ['/usr/bin/etcd', '--name', 'a', '--data-dir', '/d']);
	});
	it('reads an escaped backslash at the line end as a backslash, not a continuation', () => {
		const directives = parseUnit('[Service]\nExecStart=/usr/bin/etcd --name a\\\\\nUser=etcd\n');
		assert.deepEqual(directives.map(d => d.key), ['ExecStart', 'User']);
	});
	it('splits ExecStart= as systemd does: quotes anywhere group, C escapes are read', () => {
		assert.deepEqual(settings('ExecStart=/usr/bin/etcd --name "infra 0" \'--data-dir=/var/lib/etcd\' --log-level=de"bu"g --initial-cluster-token=a\\x'), [
			['--name', 'infra 0'], ['--data-dir', '/var/lib/etcd'], ['--log-level', 'debug'], ['--initial-cluster-token', 'ax'],
		]);
		assert.deepEqual(settings('ExecStart=/usr/bin/etcd "--name=a\\tb"'), [['--name', 'a\tb']]);
	});
	it('takes specifiers and ${VAR} as unknown values, %% as a percent sign, $$ as a dollar', () => {
		assert.deepEqual(settings('ExecStart=/usr/bin/etcd --name=%H --data-dir=/var/lib/${NAME}/x --initial-cluster-token=a%%b$$c'), [
			['--name', '??'], ['--data-dir', '/var/lib/???????/x'], ['--initial-cluster-token', 'a%b$c'],
		]);
	});
	it('reads a whole $VAR word as the value a flag waits for, and leaves it out elsewhere', () => {
		assert.deepEqual(settings('ExecStart=/usr/bin/etcd $DAEMON_ARGS --name $NAME --auto-tls $MORE'), [['--name', '?????'], ['--auto-tls', 'true']]);
	});
	it('reads only the etcd command line: prefixes stripped, another program left alone', () => {
		assert.deepEqual(settings('ExecStart=-/usr/local/bin/etcd --name a'), [['--name', 'a']]);
		assert.deepEqual(settings('ExecStart=/usr/bin/patroni --name a'), []);
		assert.equal(recogniseFile('x/patroni.service', unit('ExecStart=/usr/bin/patroni /etc/patroni.yml')), 'other');
		assert.equal(recogniseFile('x/etcd.service', unit('ExecStart=/usr/bin/etcd')), 'systemd-unit');
		assert.equal(recogniseFile('x/etcd.service.d/10-env.conf', '[Service]\nEnvironment=ETCD_NAME=a\n'), 'systemd-unit');
		assert.equal(recogniseFile('x/node.conf', unit('ExecStart=/usr/bin/etcd --name a')), 'systemd-unit', 'by content');
	});
	it('lets an empty ExecStart= or Environment= clear what came before, as drop-ins do', () => {
		assert.deepEqual(settings('Environment=ETCD_NAME=a\nExecStart=/usr/bin/etcd --name a\nEnvironment=\nExecStart=\nExecStart=/usr/bin/etcd --name b'), [['--name', 'b']]);
	});
	it('reads Environment= words as variables, quoted words whole, specifiers unknown', () => {
		assert.deepEqual(settings('Environment=ETCD_NAME=%H "ETCD_INITIAL_CLUSTER_TOKEN=tok en" GOMAXPROCS=2'), [
			['ETCD_NAME', '??'], ['ETCD_INITIAL_CLUSTER_TOKEN', 'tok en'], ['GOMAXPROCS', '2'],
		]);
	});
	it('reads only the [Service] section', () => {
		assert.deepEqual(settings('ExecStart=/usr/bin/etcd --name a\n[Install]\nEnvironment=ETCD_NAME=b'), [['--name', 'a']]);
	});
	it('keeps every span on the text it came from', () => {
		const text = unit('ExecStart=/usr/bin/etcd \\\n  --name "infra 0" \\\n  --heartbeat-interval=100ms');
		const doc = parseDocument('file:///u/etcd.service', text);
		const [name, heartbeat] = doc.settings;
		assert.equal(text.slice(name.statementSpan.start, name.statementSpan.end), '--name "infra 0"');
		// As in DAEMON_ARGS, a value's span starts at its first character and ends after its closing quote.
		assert.equal(text.slice(name.valueSpan.start, name.valueSpan.end), 'infra 0"');
		assert.equal(text.slice(heartbeat.valueSpan.start, heartbeat.valueSpan.end), '100ms');
	});
});
