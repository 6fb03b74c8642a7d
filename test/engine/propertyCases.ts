/*
 * The engine's properties and the generators they draw from, shared by the property test (a fixed number of runs in
 * every test run) and scripts/fuzz.mjs (as long as it is told, saving failures under test/fixtures/fuzz/).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { complete } from '../../server/src/engine/features/completion';
import { format } from '../../server/src/engine/features/format';
import { hover } from '../../server/src/engine/features/hover';
import { boundaryReleases } from '../../server/src/engine/etcd/availability';
import type { EtcdVersionSpec } from '../../server/src/engine/etcd/versions';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { rules } from '../../server/src/engine/rules';
import { ruleContext as ruleContextOf, type EngineSettings } from '../../server/src/engine/validate/context';
import { checkRule } from '../../server/src/engine/validate/validate';
import { contextOf, problemsOf } from '../engineContext';
import { createLineIndex, positionAt } from '../../server/src/engine/text/lineIndex';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { unnamedChanges } from './fixScope';

/** Lines made of the pieces real files are made of, stirred: keys, flags, URLs, numbers, quotes, comments. */
const keys = ['ETCD_NAME', 'ETCD_INITIAL_CLUSTER', 'ETCD_INITIAL_ADVERTISE_PEER_URLS', 'ETCD_LISTEN_PEER_URLS', 'ETCD_LISTEN_CLIENT_URLS',
	'ETCD_ADVERTISE_CLIENT_URLS', 'ETCD_INITIAL_CLUSTER_TOKEN', 'ETCD_INITIAL_CLUSTER_STATE', 'ETCD_HEARTBEAT_INTERVAL', 'ETCD_ELECTION_TIMEOUT',
	'ETCD_CERT_FILE', 'ETCD_KEY_FILE', 'ETCD_CLIENT_CERT_AUTH', 'ETCD_LOG_LEVEL', 'ETCD_DEBUG', 'ETCD_CONFIG', 'ETCD_NAEM', 'DAEMON_ARGS', 'ETCD_VERSION'];
const values = ['pg1', 'new', 'existing', 'http://127.0.0.1:2380', 'https://10.0.0.1:2379/', 'pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380',
	' pg2=http://[::1]:2380', '100', '100ms', '0', 'true', 'yes', '--name pg1', '--force true', '--initial-cluster-token', 'etcd-cluster', '{{ x }}', '$HOME', ''];
const glue = ['=', ' = ', '"', '\'', '\\', '\n', '\r\n', '# c', ' # c', ';', ',', ' ', 'export '];
/** Flags as Debian's DAEMON_ARGS carries them, among them the anchors of fixes that add a setting beside them. */
const flags = ['--name pg1', '--name=pg2', '--initial-cluster pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380', '--initial-cluster=pg1=http://10.0.0.9:2380',
	'--listen-client-urls=http://10.0.0.1:2379', '--listen-client-urls http://0.0.0.0:2379', '--initial-advertise-peer-urls=http://10.0.0.1:2380',
	'--initial-cluster-state new', '--auto-tls', '--auto-tls false', '--heartbeat-interval=100ms', '--data-dir /var/lib/etcd', '--force', 'stray'];
const daemonArgs = fc.tuple(fc.constantFrom('"', '\'', ''), fc.array(fc.constantFrom(...flags), { minLength: 1, maxLength: 5 }))
	.map(([quote, words]) => `DAEMON_ARGS=${quote}${words.join(' ')}${quote}\n`);
export const fileText = fc.array(fc.oneof(
	fc.tuple(fc.constantFrom(...keys), fc.constantFrom('=', '="', '=\''), fc.constantFrom(...values), fc.constantFrom('"\n', '\'\n', '\n', '')).map(p => p.join('')),
	fc.constantFrom(...glue, ...values),
	daemonArgs,
), { maxLength: 24 }).map(parts => parts.join(''));

/** The same for etcd's YAML file: keys in and out of sections, YAML 1.1 traps, flow collections, anchors. */
const yamlKeys = ['name', 'initial-cluster', 'initial-advertise-peer-urls', 'listen-peer-urls', 'listen-client-urls', 'advertise-client-urls',
	'initial-cluster-token', 'initial-cluster-state', 'heartbeat-interval', 'election-timeout', 'grpc-keepalive-timeout', 'log-outputs',
	'client-transport-security', 'peer-transport-security', 'cert-file', 'key-file', 'auto-tls', 'Name', 'initial-cluster-tokne', 'ETCD_NAME',
	'experimental-snapshot-catchup-entries', 'socket-options', 'reuse-port', 'client-crl-file'];
const yamlValues = ['pg1', 'no', '0123', '\'100\'', '"true"', '5s', '5000000000', '[stderr]', 'stderr', 'http://127.0.0.1:2380', 'https://10.0.0.1:2379/',
	'pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380', '[http://a:1, http://b:2]', '{a: 1}', '&a x', '*a', '~', '', '1e4', '1:30', 'yes', 'on', 'new', '{{ x }}'];
const yamlGlue = ['\n', '\r\n', '  ', '- ', ': ', '# c', ' # c', '"', '\'', '[', ']', '{', '}', ',', '---\n', '<<: *a\n', '\t', '# etcd-config-disable-next-line yaml-unknown-key\n'];
const yamlText = fc.array(fc.oneof(
	fc.tuple(fc.constantFrom('', '', '  ', '    '), fc.constantFrom(...yamlKeys), fc.constantFrom(': ', ':', ':\n  '), fc.constantFrom(...yamlValues), fc.constantFrom('\n', '\r\n', ''))
		.map(p => p.join('')),
	fc.constantFrom(...yamlGlue, ...yamlValues),
), { maxLength: 24 }).map(parts => parts.join(''));

/** Keys and values of the start-up checks (docs/startup-checks.md), for the property that no rule throws. */
const startupKeys = ['ETCD_LOG_OUTPUTS', 'ETCD_LOG_OUTPUT', 'ETCD_LOGGER', 'ETCD_AUTH_TOKEN', 'ETCD_CIPHER_SUITES', 'ETCD_TLS_MIN_VERSION', 'ETCD_TLS_MAX_VERSION',
	'ETCD_FEATURE_GATES', 'ETCD_ENABLE_LOG_ROTATION', 'ETCD_LOG_ROTATION_CONFIG_JSON', 'ETCD_MAX_LEARNERS', 'ETCD_V2_DEPRECATION', 'ETCD_ENABLE_V2',
	'ETCD_DISCOVERY_TOKEN', 'ETCD_DISCOVERY_ENDPOINTS', 'ETCD_DISCOVERY_PROXY', 'ETCD_LISTEN_METRICS_URLS', 'ETCD_CONFIG_FILE', 'ETCD_QUOTA_BACKEND_BYTES',
	'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT', 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST', 'ETCD_UNSUPPORTED_ARCH', 'ETCD_MAX_REQUEST_BYTES',
	'ETCD_COMPACT_HASH_CHECK_TIME', 'ETCD_CORRUPT_CHECK_TIME', 'ETCD_ENABLE_DISTRIBUTED_TRACING', 'ETCD_DISTRIBUTED_TRACING_SAMPLING_RATE', 'ETCD_PROXY',
	'ETCD_SELF_SIGNED_CERT_VALIDITY', 'ETCD_PEER_AUTO_TLS', 'ETCD_AUTO_COMPACTION_MODE', 'ETCD_AUTO_COMPACTION_RETENTION', 'ETCD_LOG_LEVEL', 'ETCD_DEBUG'];
const startupValues = ['', 'jwt,sign-method=HS256,priv-key=/k,ttl=5', 'simple,,', ',=', 'default,stderr', 'systemd/journal,stderr', 'a:b?c#d', '//h:1/x', '{"maxsize":"1"}',
	'{bad', '-1', '0', '4294967296', '300000000000000', 'TLS1.3', 'TLS1.2', 'TLS_BOGUS, TLS_AES_128_GCM_SHA256', ' A = true ,,', 'LeaseCheckpointPersist=true', 'not-yet,gone',
	'write-only-skip-check', 'http://10.0.0.5:2379,', 'https://127.0.0.1:2379', 'arm', 'true', 'on', '-1h', '1d', 'warning', 'INFO'];
const startupText = fc.array(fc.oneof(
	fc.tuple(fc.constantFrom(...startupKeys, ...keys), fc.constantFrom('=', '="'), fc.constantFrom(...startupValues, ...values), fc.constantFrom('"\n', '\n')).map(p => p.join('')),
	daemonArgs,
), { maxLength: 16 }).map(parts => parts.join(''));
const startupYamlKeys = ['log-outputs', 'logger', 'auth-token', 'cipher-suites', 'tls-min-version', 'feature-gates', 'enable-log-rotation', 'log-rotation-config-json',
	'max-learners', 'v2-deprecation', 'enable-v2', 'peer-transport-security', 'discovery-config', 'client', 'secure', 'endpoints', 'token', 'allowed-cn', 'allowed-hostname',
	'experimental-initial-corrupt-check', 'experimental-snapshot-catchup-entries', 'snapshot-catchup-entries', 'enable-grpc-gateway', 'auto-compaction-retention'];
const startupYaml = fc.array(fc.tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom(...startupYamlKeys, ...yamlKeys), fc.constantFrom(': ', ':\n'), fc.constantFrom(...startupValues.map(v => JSON.stringify(v)), ...yamlValues), fc.constantFrom('\n', ''))
	.map(p => p.join('')), { maxLength: 16 }).map(parts => parts.join(''));

/** Each format, with the file name that makes the engine read it so. */
const formats = [
	{ suffix: '', uri: 'file:///p/etcd', text: fileText, startup: startupText },
	{ suffix: '-yaml', uri: 'file:///p/etcd.conf.yml', text: yamlText, startup: startupYaml },
];

/** Every minor and both sides of every patch boundary the facts know. */
const releases = boundaryReleases() as EtcdVersionSpec[];

/** Where an offset of the text stands once the changes are applied. */
function offsetAfter(offset: number, changes: readonly { span: { start: number; end: number }; newText: string }[]): number {
	let shift = 0;
	for (const change of changes) {
		if (change.span.end <= offset && change.span.start < offset) shift += change.newText.length - (change.span.end - change.span.start);
		else if (change.span.start <= offset && offset < change.span.end) return change.span.start + shift;
	}
	return offset + shift;
}

/** The lines of the fixed text that the changes wrote (changes applied back to front keep earlier offsets). */
function editedLinesOf(fixed: ReturnType<typeof parseDocument>, changes: readonly { span: { start: number; end: number }; newText: string }[]): Set<number> {
	const lines = new Set<number>();
	let shift = 0;
	for (const change of [...changes].sort((a, b) => a.span.start - b.span.start)) {
		const start = change.span.start + shift;
		const first = positionAt(fixed.lines, start).line;
		const last = positionAt(fixed.lines, start + change.newText.length).line;
		for (let line = first; line <= last; line++) lines.add(line);
		shift += change.newText.length - (change.span.end - change.span.start);
	}
	return lines;
}

/** Statements the file holds: env assignments (DAEMON_ARGS flags come and go with the line that wins), or YAML keys. */
const statements = (uri: string, text: string) => {
	const doc = parseDocument(uri, text);
	return doc.format === 'yaml' ? doc.settings.length : doc.env.nodes.filter(n => n.kind === 'assignment').length;
};

const settings: EngineSettings = { version: '3.5', newToken: () => '0123456789abcdef' };

/** One property: its arbitraries and a check that throws on a counterexample. */
export interface EngineProperty {
	readonly name: string;
	readonly title: string;
	// The checks take different tuples; fast-check hands each the values of its own arbitraries.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	readonly arbitraries: fc.Arbitrary<any>[];
	readonly numRuns: number;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	readonly check: (...args: any[]) => void;
}

export const engineProperties: readonly EngineProperty[] = formats.flatMap(({ suffix, uri, text: texts, startup }) => [
	{
		name: `rules-never-throw${suffix}`,
		title: `no rule throws, for any version and patch boundary (1,000 ${suffix ? 'YAML' : 'env'} texts)`,
		arbitraries: [texts, fc.constantFrom(...releases)],
		numRuns: 1000,
		check: (text: string, version: EtcdVersionSpec) => {
			const doc = parseDocument(uri, text);
			const ctx = contextOf(doc, { ...settings, version });
			for (const rule of rules) {
				assert.doesNotThrow(() => rule.check(doc, ruleContextOf(ctx)), rule.id);
				assert.doesNotThrow(() => checkRule(rule, doc, ctx), rule.id);
			}
		},
	},
	{
		name: `startup-rules-never-throw${suffix}`,
		title: `no rule throws on the start-up checks' keys and values, at any version and patch boundary (1,000 ${suffix ? 'YAML' : 'env'} texts)`,
		arbitraries: [startup, fc.constantFrom(...releases)],
		numRuns: 1000,
		check: (text: string, version: EtcdVersionSpec) => {
			const doc = parseDocument(uri, text);
			const ctx = contextOf(doc, { ...settings, version });
			for (const rule of rules) assert.doesNotThrow(() => checkRule(rule, doc, ctx), rule.id);
		},
	},
	{
		name: `features-never-throw${suffix}`,
		title: `hover, completion, code actions and formatting answer at every position without throwing (300 ${suffix ? 'YAML' : 'env'} texts)`,
		arbitraries: [texts],
		numRuns: 300,
		check: (text: string) => {
			const doc = parseDocument(uri, text);
			const lines = createLineIndex(text);
			const ctx = contextOf(doc, settings);
			for (let offset = 0; offset <= text.length; offset += 3) {
				const position = positionAt(lines, offset);
				hover(doc, position, ctx);
				complete(doc, position, ctx);
				codeActions(doc, { range: { start: position, end: position } }, ctx);
			}
			format(doc, contextOf(doc, { sortByGroup: true }));
		},
	},
	{
		name: `fixes-remove-their-finding${suffix}`,
		title: `every fix removes its own finding and adds no error (500 ${suffix ? 'YAML' : 'env'} texts)`,
		arbitraries: [texts],
		numRuns: 500,
		check: (text: string) => {
			const doc = parseDocument(uri, text);
			const before = problemsOf(doc, settings);
			const findings = (found: typeof before, id: string) => found.filter(f => f.rule.id === id).length;
			// While a quote is open the rest of the file is one value: only closing it is a fix that can work there.
			const open = before.some(f => f.rule.id === 'unterminated-quote');
			// A YAML file that does not parse is read differently once a fix changes a piece of it: nothing to judge.
			if (doc.yaml && doc.yaml.errors.length > 0) return;
			for (const { rule, problem } of before) {
				if (open && rule.id !== 'unterminated-quote') continue;
				for (const fix of problem.fixes ?? []) {
					if (fix.changes.some(change => change.doc !== undefined)) continue;
					const fixed = applyChanges(text, fix.changes);
					const after = problemsOf(parseDocument(uri, fixed), settings);
					const same = after.filter(f => f.rule.id === rule.id && f.problem.message === problem.message);
					// The same mistake made twice (`--auto-tls false --auto-tls false`) is reported again, further on.
					const there = same.some(f => f.problem.span.start === offsetAfter(problem.span.start, fix.changes));
					assert.ok(same.length < before.filter(f => f.rule.id === rule.id && f.problem.message === problem.message).length || !there,
						`"${fix.title}" (${rule.id}) left its finding in place:\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
					// A new error: an error of a rule that now finds more than before the fix (a finding whose severity rises
					// because the fixed value now reads, say https, is not new), away from the lines the fix edits (there a
					// value that etcd could not read before is now checked for what it says).
					const fixedDoc = parseDocument(uri, fixed);
					const editedLines = editedLinesOf(fixedDoc, fix.changes);
					const linesOf = (span: { start: number; end: number }) => {
						const first = positionAt(fixedDoc.lines, span.start).line;
						const last = positionAt(fixedDoc.lines, span.end).line;
						return Array.from({ length: last - first + 1 }, (_, i) => first + i);
					};
					const touchesEdit = (f: typeof before[number]) => [f.problem.span, ...(f.problem.related ?? []).filter(r => !r.doc).map(r => r.span)]
						.some(span => linesOf(span).some(line => editedLines.has(line)));
					const away = after.filter(f => f.severity === 'error' && !touchesEdit(f));
					const newErrors = away.filter(f => away.filter(g => g.rule.id === f.rule.id).length > findings(before, f.rule.id));
					// Closing a quote gives back what it had swallowed (lines, or the line end in a value): the mistakes that then
					// read as written are not the fix's doing.
					const revealed = statements(uri, fixed) > statements(uri, text) || rule.id === 'unterminated-quote';
					// A YAML file that does not parse is refused whatever the fix does; its fixes only have to remove their finding.
					const unreadable = fixedDoc.yaml !== undefined && fixedDoc.yaml.errors.length > 0;
					if (fix.safe && !revealed && !unreadable) {
						assert.deepEqual(newErrors.map(f => `${f.rule.id}: ${f.problem.message}`), [], `safe fix "${fix.title}" (${rule.id}) added errors:\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
					}
				}
			}
		},
	},
	{
		name: `fixes-keep-what-they-do-not-name${suffix}`,
		title: `every fix, safe or not, leaves every setting it does not name reading the same (500 ${suffix ? 'YAML' : 'env'} texts)`,
		arbitraries: [texts],
		numRuns: 500,
		check: (text: string) => {
			const doc = parseDocument(uri, text);
			// A YAML file that does not parse is read differently once a fix changes a piece of it: nothing to judge.
			if (doc.yaml && doc.yaml.errors.length > 0) return;
			for (const { rule, problem } of problemsOf(doc, settings)) {
				// Closing a quote gives back the lines it swallowed: they count again, whatever they set.
				if (rule.id === 'unterminated-quote') continue;
				for (const fix of problem.fixes ?? []) {
					const own = fix.changes.filter(change => change.doc === undefined);
					const fixed = applyChanges(text, own);
					const changed = unnamedChanges(doc, parseDocument(uri, fixed), own);
					assert.deepEqual(changed, [], `"${fix.title}" (${rule.id}) changed what it does not name:\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
				}
			}
		},
	},
]);
