import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readDirectives } from '../../server/src/engine/parse/directives';
import { allOptions, atVersion, etcdVersions, type EtcdOption, type EtcdVersion } from '../../server/src/engine/etcd/options';
import { hasWrongYamlType } from '../../server/src/engine/rules/shared/yamlChecks';
import { hasFlag, yamlKeyAt } from '../../server/src/engine/etcd/availability';
import { targetOf } from '../../server/src/engine/etcd/versions';
import { checkValue } from '../../server/src/engine/etcd/valueChecks';
import { convert, type Conversion } from '../../server/src/engine/features/convert';
import { type ConfigDocument, type Setting } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { hasTemplate } from '../../server/src/engine/parsers/templates';
import { offsetAt } from '../../server/src/engine/text/lineIndex';
import { repoRoot } from '../fixtures';
import { realworldFiles, realworldRoot } from '../realworld';
import { effectiveSetting } from '../../server/src/engine/dialects/effective';
import { parseGoBool, parseGoDuration, parseGoInt } from '../../server/src/engine/parsers/goValues';
import { contextOf, diagnose } from '../engineContext';

/*
 * The conversion is judged by what etcd makes of each file: for every option that has an equivalent in the other
 * format, the same effective value; for every other one, a note and a comment that say so.
 */

function walk(directory: string): string[] {
	return readdirSync(directory).sort().flatMap(name => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/**
 * examples/**\/etcd*, everything under test/fixtures/ but the real-world suite, and the suite's files that are etcd
 * configs as written (its manifest says which: templates and other tools' files are not converted), minus YAML that
 * does not parse.
 */
const fixtures = [
	...walk(join(repoRoot, 'examples')).filter(path => basename(path).startsWith('etcd')),
	...walk(join(repoRoot, 'test', 'fixtures')).filter(path => !path.startsWith(realworldRoot)),
	...realworldFiles().filter(file => file.format === 'env' || file.format === 'yaml').map(file => join(realworldRoot, file.path)),
].map(path => ({ name: relative(repoRoot, path), doc: parseDocument(pathToFileURL(path).toString(), readFileSync(path, 'utf8')) }))
	// Units convert one way only, to the env file of their EnvironmentFile= (test/carriers/unitFeatures.test.ts);
	// manifests and compose files are their own tools' files, not one member's config.
	.filter(({ doc }) => (doc.yaml?.errors.length ?? 0) === 0 && (doc.format === 'env' || doc.format === 'yaml'));

/** The other format of a document, as the editor's command makes it. */
const toYaml = (doc: ConfigDocument, version: EtcdVersion, locale: 'en' | 'ru' = 'en'): Conversion => convert(doc, contextOf(doc, { version, locale }));
const toEnv = toYaml;
const asYaml = (text: string) => parseDocument('file:///converted/etcd.conf.yml', text);
const asEnv = (text: string) => parseDocument('file:///converted/etcd.env', text);

/** Settings that stand for etcd's default: an empty variable, a YAML null or empty list, an empty string where the default is empty. */
function leftToDefault(setting: Setting, option: EtcdOption, version: EtcdVersion): boolean {
	const yaml = setting.yaml;
	if (yaml && ((yaml.kind === 'scalar' && yaml.type === 'null') || (yaml.kind === 'list' && yaml.items.length === 0))) return true;
	return setting.value === '' && (setting.source === 'env' || (atVersion(option.defaultValue, version) ?? '') === '');
}

/** What etcd reads for an option, in one spelling whatever the format wrote (`0x10` and `16`, `5s` and 5000000000). */
function meaning(doc: ConfigDocument, option: EtcdOption, version: EtcdVersion): string | undefined {
	const setting = effectiveSetting(doc, option.name);
	if (!setting || leftToDefault(setting, option, version)) return undefined;
	const parsed = parsedAs(option, setting.value);
	return parsed?.ok ? String(parsed.value) : setting.value;
}

function parsedAs(option: EtcdOption, value: string) {
	const kind = option.yamlValue;
	return kind === 'bool' ? parseGoBool(value) : kind === 'integer' ? parseGoInt(value, true) : kind === 'duration' ? parseGoDuration(value) : undefined;
}

function readable(option: EtcdOption, value: string): boolean {
	return parsedAs(option, value)?.ok ?? true;
}

/** Whether the other format can say what this setting says. */
function hasEquivalent(setting: Setting, option: EtcdOption, version: EtcdVersion): boolean {
	if (hasTemplate(setting.value) || option.name === 'config-file') return false;
	const key = yamlKeyAt(option, targetOf(version));
	// A value etcd refuses from a variable is refused from the config file too: no value to compare.
	if (setting.source !== 'yaml') return hasFlag(option, targetOf(version)) && key !== null && readable(option, setting.value);
	return key?.toLowerCase() === setting.key.toLowerCase() && !hasWrongYamlType(setting) && !refusedAsVariable(setting, option, version);
}

/** A value the config file takes as written that a variable would not carry (the converter leaves it behind). */
function refusedAsVariable(setting: Setting, option: EtcdOption, version: EtcdVersion): boolean {
	const target = targetOf(version);
	return setting.value !== '' && !hasTemplate(setting.value) && checkValue(option, setting.value, target) !== undefined && checkValue(option, setting.value, target, true) === undefined;
}

/** The options the mode differences may add. */
const modeOptions = ['name', 'data-dir', 'advertise-client-urls'];

function assertEquivalent(source: ConfigDocument, target: ConfigDocument, version: EtcdVersion, label: string): void {
	for (const option of allOptions()) {
		const setting = effectiveSetting(source, option.name);
		const before = meaning(source, option, version);
		const after = meaning(target, option, version);
		if (before === undefined) {
			if (!modeOptions.includes(option.name)) assert.equal(after, undefined, `${label}: ${option.name} appeared`);
		} else if (setting && hasEquivalent(setting, option, version)) {
			assert.equal(after, before, `${label}: ${option.name}`);
			const written = effectiveSetting(target, option.name);
			assert.ok(!written || !hasWrongYamlType(written), `${label}: ${option.name} written with a YAML type etcd refuses`);
		}
	}
}

/** Whether the conversion must leave this setting behind, with a note and a `not converted` comment. */
function leftBehind(doc: ConfigDocument, setting: Setting, version: EtcdVersion): boolean {
	const option = setting.option;
	if (!option) return setting.key !== 'DAEMON_ARGS' && !(setting.yaml?.kind === 'scalar' && setting.yaml.type === 'null');
	const key = yamlKeyAt(option, targetOf(version));
	if (setting.source === 'yaml') return key?.toLowerCase() !== setting.key.toLowerCase() || (effectiveSetting(doc, option.name) === setting && (hasTemplate(setting.value) || (!hasWrongYamlType(setting) && refusedAsVariable(setting, option, version))));
	if (effectiveSetting(doc, option.name) !== setting || (setting.source === 'env' && setting.value === '')) return false;
	return !hasFlag(option, targetOf(version)) || key === null || hasTemplate(setting.value) || option.name === 'config-file';
}

function assertLeftBehindNoted(doc: ConfigDocument, result: Conversion, version: EtcdVersion, label: string): void {
	for (const setting of doc.settings.filter(s => leftBehind(doc, s, version))) {
		assert.ok(result.notes.some(note => note.includes(setting.key)), `${label}: a note on ${setting.key}`);
		assert.ok(result.text.includes(`# etcd-config: not converted: ${setting.key}`), `${label}: a comment keeps ${setting.key}`);
	}
}

/** Error-level diagnostics, by the option they sit on (or the rule, for file-wide ones). */
function errorsOf(doc: ConfigDocument, version: EtcdVersion): Set<string> {
	const errors = diagnose(doc, { version }).filter(d => d.severity === 1);
	return new Set(errors.map(d => {
		// A missing name is reported on the list, and once the conversion writes the default name, on the name.
		if (d.code === 'missing-name') return 'name';
		const offset = offsetAt(doc.lines, d.range.start);
		// The innermost setting: a flag rather than the DAEMON_ARGS line that holds it.
		const setting = doc.settings.filter(s => s.statementSpan.start <= offset && offset < Math.max(s.statementSpan.end, s.keySpan.end + 1))
			.sort((a, b) => (a.statementSpan.end - a.statementSpan.start) - (b.statementSpan.end - b.statementSpan.start))[0];
		return setting?.option?.name ?? String(d.code);
	}));
}

describe('conversion between env files and YAML config files', () => {
	it('finds fixtures of both formats', () => {
		assert.ok(fixtures.filter(f => f.doc.format === 'env').length >= 9, 'env fixtures');
		assert.ok(fixtures.filter(f => f.doc.format === 'yaml').length >= 20, 'YAML fixtures');
	});

	for (const { name, doc } of fixtures) {
		it(`round-trips ${name} in every version`, () => {
			for (const configured of etcdVersions) {
				const version = readDirectives(doc).version?.minor ?? configured;
				const label = `${name} (${version})`;
				const result = doc.format === 'env' ? toYaml(doc, version) : toEnv(doc, version);
				assertLeftBehindNoted(doc, result, version, label);
				const there = doc.format === 'env' ? asYaml(result.text) : asEnv(result.text);
				const back = doc.format === 'env' ? asEnv(toEnv(there, version).text) : asYaml(toYaml(there, version).text);
				assert.equal(there.yaml?.errors.length ?? 0, 0, `${label}: the converted YAML parses`);
				assertEquivalent(doc, there, version, `${label} converted`);
				assertEquivalent(doc, back, version, `${label} and back`);
				const before = errorsOf(doc, version);
				assert.deepEqual([...errorsOf(there, version)].filter(error => !before.has(error)), [], `${label}: new errors`);
				assert.deepEqual([...errorsOf(back, version)].filter(error => !before.has(error)), [], `${label}: new errors after the round trip`);
			}
		});
	}
});

/** Every kind of value and every case without an equivalent, on Debian's path (whose unit sets the name and data dir). */
const debianEnv = [
	'# etcd-version: 3.5',
	'# the member',
	'ETCD_DATA_DIR=/var/lib/etcd/pg1',
	'ETCD_INITIAL_CLUSTER_TOKEN=0123',
	'ETCD_DISCOVERY_SRV=on',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380',
	'ETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380',
	'ETCD_HEARTBEAT_INTERVAL=0x64',
	'ETCD_ELECTION_TIMEOUT=1_000',
	'ETCD_SNAPSHOT_COUNT=010',
	'ETCD_GRPC_KEEPALIVE_TIMEOUT=1m30s',
	'ETCD_BACKEND_BATCH_INTERVAL=1.5ms',
	'ETCD_STRICT_RECONFIG_CHECK=0',
	'ETCD_ENABLE_PPROF=T',
	'ETCD_LOG_OUTPUTS=stderr,/var/log/etcd.log',
	'ETCD_CIPHER_SUITES=TLS_A, TLS_B',
	'',
	'',
	'# client TLS',
	'ETCD_CERT_FILE=/etc/etcd/server.crt',
	'ETCD_CLIENT_CERT_AUTH=true',
	'ETCD_PEER_CERT_ALLOWED_CN=etcd-peer',
	'ETCD_CLIENT_CRL_FILE=/etc/etcd/crl.pem',
	'ETCD_SOCKET_REUSE_PORT=true',
	'ETCD_CORS=',
	'ETCD_FOO=bar',
	'GOMAXPROCS=4',
	'ETCD_AUTH_TOKEN="{{ etcd_auth_token }}"',
	'ETCD_SNAPSHOT_COUNT=20',
	'DAEMON_ARGS="--log-level warn --election-timeout 2000 --peer-crl-file /x"',
	'',
].join('\n');

const debianYaml = [
	'# etcd-version: 3.5',
	'# the member',
	'data-dir: /var/lib/etcd/pg1',
	'initial-cluster-token: "0123"',
	'discovery-srv: "on"',
	'initial-advertise-peer-urls: http://10.0.0.1:2380',
	'initial-cluster: pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380',
	'heartbeat-interval: 100',
	'election-timeout: 1000',
	'grpc-keepalive-timeout: 90000000000',
	'backend-batch-interval: 1500000',
	'strict-reconfig-check: false',
	'enable-pprof: true',
	'log-outputs: [stderr, /var/log/etcd.log]',
	'cipher-suites: [TLS_A, " TLS_B"]',
	'',
	'# client TLS',
	'client-transport-security:',
	'  cert-file: /etc/etcd/server.crt',
	'  client-cert-auth: true',
	'peer-transport-security:',
	'  allowed-cn: [etcd-peer]',
	'# etcd-config: not converted: ETCD_CLIENT_CRL_FILE="/etc/etcd/crl.pem"',
	'socket-options:',
	'  reuse-port: true',
	'# etcd-config: not converted: ETCD_FOO="bar"',
	'# etcd-config: not converted: GOMAXPROCS="4"',
	'# etcd-config: not converted: ETCD_AUTH_TOKEN="{{ etcd_auth_token }}"',
	'snapshot-count: 20',
	'log-level: warn',
	'# etcd-config: not converted: --peer-crl-file="/x"',
	'',
	'# etcd-config: defaults that differ between a config file and variables, written out',
	'name: pg1',
	'',
].join('\n');

const configFile = [
	'name: \'no\'',
	'heartbeat-interval: 100',
	'grpc-keepalive-timeout: 90000000000',
	'log-outputs: [stderr, /var/log/etcd.log]',
	'listen-client-urls: http://10.0.0.1:2379',
	'',
	'client-transport-security:',
	'  # the server\'s certificate',
	'  cert-file: /etc/etcd/server.crt',
	'  client-cert-auth: yes',
	'peer-transport-security:',
	'  auto-tls: on',
	'  allowed-cn:',
	'    - a',
	'    - b',
	'initial-cluster-token: \'\'',
	'experimental-snapshot-catchup-entries: 10',
	'socket-options:',
	'  reuse-port: true',
	'snapshot-count: \'100\'',
	'# the end',
	'',
].join('\r\n');

const configFileAsEnv = [
	'ETCD_NAME="no"',
	'ETCD_HEARTBEAT_INTERVAL="100"',
	'ETCD_GRPC_KEEPALIVE_TIMEOUT="1m30s"',
	'ETCD_LOG_OUTPUTS="stderr,/var/log/etcd.log"',
	'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379"',
	'',
	'# the server\'s certificate',
	'ETCD_CERT_FILE="/etc/etcd/server.crt"',
	'ETCD_CLIENT_CERT_AUTH="true"',
	'ETCD_PEER_AUTO_TLS="true"',
	'ETCD_PEER_CERT_ALLOWED_CN="a,b"',
	'# etcd-config: not converted: initial-cluster-token: \'\'',
	'# etcd-config: not converted: experimental-snapshot-catchup-entries: 10',
	'ETCD_SOCKET_REUSE_PORT="true"',
	'ETCD_SNAPSHOT_COUNT="100"',
	'# the end',
	'',
	'# etcd-config: defaults that differ between a config file and variables, written out',
	'ETCD_DATA_DIR="no.etcd"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://localhost:2379"',
	'',
].join('\r\n');

describe('what the conversion writes', () => {
	const env = parseDocument('file:///etc/default/etcd', debianEnv);
	const yaml = parseDocument('file:///etc/etcd/etcd.conf.yml', configFile);

	it('writes each value the way a config file wants it, nests TLS, keeps comments, leaves a comment for the rest (the file\'s etcd-version wins)', () => {
		const result = toYaml(env, '3.6');
		assert.equal(result.text, debianYaml);
		assertEquivalent(env, asYaml(result.text), '3.5', 'debian');
		assertEquivalent(env, asEnv(toEnv(asYaml(result.text), '3.5').text), '3.5', 'debian and back');
	});

	it('says why each setting stayed behind, and what Debian\'s unit supplied', () => {
		const notes = toYaml(env, '3.5').notes.join('\n');
		for (const key of ['ETCD_CLIENT_CRL_FILE', 'ETCD_FOO', 'GOMAXPROCS', 'ETCD_AUTH_TOKEN', '--peer-crl-file', 'ETCD_CORS', 'ETCD_SNAPSHOT_COUNT']) assert.match(notes, new RegExp(key), key);
		assert.match(notes, /--election-timeout in DAEMON_ARGS repeats ETCD_ELECTION_TIMEOUT/);
		assert.match(notes, /name: pg1, the member of ETCD_INITIAL_CLUSTER/);
		assert.match(notes, /The flags of DAEMON_ARGS are keys of the config file now/);
	});

	it('writes the data dir Debian\'s unit gives etcd, and asks for the name where the cluster does not tell it', () => {
		const result = toYaml(parseDocument('file:///etc/default/etcd', 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\n'), '3.5');
		assert.equal(result.text, 'listen-client-urls: http://10.0.0.1:2379\n\n# etcd-config: defaults that differ between a config file and variables, written out\ndata-dir: /var/lib/etcd/default\n');
		assert.match(result.notes.join('\n'), /Add name: with this host's name/);
		assert.match(result.notes.join('\n'), /from a config file etcd would advertise http:\/\/localhost:2379 instead/);
	});

	it('keeps the lines a comment ending in a backslash swallows (systemd 252) as not converted', () => {
		const result = toYaml(parseDocument('file:///etc/default/etcd', '# note \\\nETCD_NAME=x\nETCD_DATA_DIR=/d\n'), '3.5');
		assert.equal(result.text, '# note \\\n# etcd-config: not converted: ETCD_NAME=x\ndata-dir: /d\n');
	});

	it('turns a config file into variables in flag syntax, with the defaults that differ written out (CRLF kept)', () => {
		const result = toEnv(yaml, '3.5');
		assert.equal(result.text, configFileAsEnv);
		const notes = result.notes.join('\n');
		assert.match(notes, /initial-cluster-token is an empty string/);
		assert.match(notes, /experimental-snapshot-catchup-entries is not a key etcd reads/);
		assert.match(notes, /etcd refuses the YAML type of snapshot-count's value/);
		assert.match(notes, /advertises http:\/\/localhost:2379/);
		assert.match(notes, /so the member is called default|etcd uses no.etcd/);
	});

	it('keeps what etcd 3.4 cannot read from a config file out of the variables', () => {
		const result = toEnv(parseDocument('file:///e/etcd.yml', 'name: a\npeer-transport-security:\n  allowed-cn: [x]\n'), '3.4');
		assert.ok(!result.text.includes('ETCD_PEER_CERT_ALLOWED_CN'), result.text);
		assert.match(result.notes.join('\n'), /etcd 3.4 does not read peer-transport-security.allowed-cn/);
	});

	it('speaks Russian when asked', () => {
		const { text, notes } = toYaml(env, '3.5', 'ru');
		assert.ok(notes.length > 5 && notes.every(note => /[А-Яа-яЁё]/.test(note)), notes.join('\n'));
		assert.match(text, /# etcd-config: не преобразовано: ETCD_CLIENT_CRL_FILE/);
	});
});
