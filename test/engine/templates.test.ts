import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { hasTemplate, maskTemplate, templateMark } from '../../server/src/engine/parsers/templates';
import { problemsOf } from '../engineContext';

const jinja = { braces: true, dollars: false };
const shown = (text: string) => text.replaceAll(templateMark, '@');
const findings = (uri: string, text: string) => problemsOf(parseDocument(uri, text), { version: '3.4' }).map(f => `${f.rule.id}@${f.problem.span.start}`);

describe('masking a template', () => {
	it('blanks block tags, comments and expressions alone on their lines, and marks what the template decides inside a line', () => {
		const text = '{% if tls %}\nETCD_NAME={{ name }}\n  {# note #}\n{{ extra | to_nice_yaml }}\n{% endif %}\n';
		const masked = maskTemplate(text, jinja);
		assert.equal(masked.text.length, text.length);
		assert.equal(shown(masked.text), '            \nETCD_NAME=@@@@@@@@@@\n            \n                          \n           \n');
		assert.deepEqual(masked.spans, [{ start: 23, end: 33 }]);
	});
	it('lets an expression hold any character: commas, colons, quotes and the closer itself in a string', () => {
		const masked = maskTemplate('A="{{ hosts | join(\',\') }}:{{ \'}}\' }}"\n', jinja);
		assert.equal(shown(masked.text), 'A="@@@@@@@@@@@@@@@@@@@@@@@:@@@@@@@@@@"\n');
	});
	it('blanks a macro body, a set block, the branches after the first and a Go define', () => {
		const jinjaText = '{% macro url(h) -%}\nhttp://{{ h }}:2380\n{%- endmacro %}\n{% if a %}\nx: 1\n{% elif b %}\nx: 2\n{% else %}\nx: 3\n{% endif %}\n';
		assert.equal(maskTemplate(jinjaText, jinja).text.replace(/ /g, ''), '\n\n\n\nx:1\n\n\n\n\n\n');
		const go = '{{- define "peers" }}\na: {{ .x }}\n{{- end }}\n{{- if .tls }}\nb: 1\n{{- else }}\nb: 2\n{{- end }}\n';
		assert.equal(maskTemplate(go, jinja).text.replace(/ /g, ''), '\n\n\n\nb:1\n\n\n\n');
	});
	it('keeps the text between tags inside a line, marked: an inline conditional decides the value', () => {
		const masked = maskTemplate('S={% if j %}existing{% else %}new{% endif %}\n', jinja);
		assert.ok(hasTemplate(masked.text));
		assert.match(masked.text, /existing.*new/);
	});
	it('masks ${VAR} and $VAR only for a renderer that substitutes them', () => {
		assert.equal(maskTemplate('A=http://${IP}:2380 $B\n', jinja).text, 'A=http://${IP}:2380 $B\n');
		assert.equal(shown(maskTemplate('A=http://${IP}:2380 $B $$\n', { braces: false, dollars: true }).text), 'A=http://@@@@@:2380 @@ @@\n');
	});
	it('stays linear on openers without closers', () => {
		const text = '{{ '.repeat(50_000) + '${'.repeat(50_000);
		const started = performance.now();
		maskTemplate(text, { braces: true, dollars: true });
		assert.ok(performance.now() - started < 1000);
	});
});

describe('which files a tool renders', () => {
	it('a template by name, by Jinja or Go syntax in the file, or by its own word', () => {
		assert.ok(parseDocument('file:///r/etcd.env.j2', 'ETCD_NAME=pg1\n').template);
		assert.ok(parseDocument('file:///r/etcd.conf.yaml.gtpl', 'name: pg1\n').template);
		assert.ok(parseDocument('file:///r/etcd', '{% if x %}\nETCD_NAME=pg1\n{% endif %}\n').template);
		assert.ok(parseDocument('file:///r/etcd.yml', 'name: {{ .Values.name }}\n').template);
		assert.ok(parseDocument('file:///r/etcd', '# etcd-config: template\nETCD_NAME=$NAME\n').template?.syntax.dollars);
		assert.ok(parseDocument('file:///r/etcd.env.tmpl', 'ETCD_NAME=$NAME\n').template?.syntax.dollars);
	});
	it('not a file systemd reads: ${VAR}, $VAR and %H there are what etcd receives', () => {
		const doc = parseDocument('file:///etc/default/etcd', 'ETCD_NAME=%H\nETCD_LISTEN_PEER_URLS=http://${HOST_IP}:2380\n');
		assert.equal(doc.template, undefined);
		assert.deepEqual(doc.settings.map(s => s.value), ['%H', 'http://${HOST_IP}:2380']);
	});
});

describe('a template analysed as its rendering', () => {
	it('a Jinja YAML template whose macros and conditionals render to nothing has no YAML errors', () => {
		const text = [
			'{#', '  etcd YAML for every member of "{{ group }}"', '#}',
			'{% macro url(host, port) -%}', '{{ scheme }}://{{ hostvars[host][\'ip\'] }}:{{ port }}', '{%- endmacro %}',
			'name: {{ inventory_hostname }}', '{% if wal_dir is defined %}', 'wal-dir: {{ wal_dir }}', '{% endif %}',
			'listen-peer-urls: {{ url(inventory_hostname, 2380) }}', 'listen-client-urls: {{ url(inventory_hostname, 2379) }}', 'initial-cluster: {{ peers | join(\',\') }}',
			'snapshot-count: {{ count | default(10000) }}', 'log-outputs: [{{ outputs | join(\', \') }}]',
			'auto-compaction-retention: "{{ hours }}"', '{% if tls %}', 'client-transport-security:', '  cert-file: {{ dir }}/a.pem', '  key-file: {{ dir }}/a-key.pem',
			'  client-cert-auth: {{ auth }}', '{% endif %}', 'heartbeat-interval: 300ms', '',
		].join('\n');
		const found = findings('file:///r/etcd.conf.yml.j2', text);
		// At 3.4 a config file starts without the gRPC gateway unless it says so: information, template or not.
		assert.deepEqual(found.map(f => f.split('@')[0]), ['yaml-quoted-number', 'yaml-flag-default'], found.join());
	});
	it('a Jinja env template: block lines, loops with commas and quotes, expressions as keys or values', () => {
		const text = [
			'# {{ ansible_managed }}', '{% set port = 2380 %}', 'ETCD_NAME={{ inventory_hostname }}',
			'ETCD_INITIAL_CLUSTER="{% for h in groups[\'etcd\'] %}{{ h }}=http://{{ hostvars[h].ip }}:{{ port }}{{ \'\' if loop.last else \',\' }}{% endfor %}"',
			'ETCD_INITIAL_CLUSTER_STATE={% if joining %}existing{% else %}new{% endif %}', '{% for key, value in extra.items() %}',
			'{{ key }}={{ value }}', '{% endfor %}', 'ETCD_HEARTBEAT_INTERVAL=250ms', '',
		].join('\n');
		const found = findings('file:///r/etcd.env.j2', text);
		assert.deepEqual(found.map(f => f.split('@')[0]), ['invalid-value'], found.join());
	});
	it('writes no fix that would put the masked text into the file', () => {
		const doc = parseDocument('file:///etc/default/etcd.j2', 'ETCD_NAME=pg1\nDAEMON_ARGS="--name {{ name }}"\n');
		for (const { problem } of problemsOf(doc)) for (const fix of problem.fixes ?? []) for (const change of fix.changes) assert.ok(!hasTemplate(change.newText));
	});
});
