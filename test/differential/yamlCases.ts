/*
 * YAML configurations for `etcd --config-file`, each with the verdict the Debian etcd 3.4.23 binary gave when we
 * ran it, and the reason it gave. @IP@, @C@ and @P@ become the case's own loopback address, client and peer port.
 * Every case sets both listen URLs, so nothing binds etcd's defaults on 127.0.0.1.
 */

export interface YamlCase {
	readonly name: string;
	readonly yaml: string;
	readonly etcd: 'starts' | 'refuses';
	/** Why, in one line: etcd's log line when it refuses, the YAML fact when it starts. */
	readonly why: string;
}

/** A healthy one-member file. */
const base = [
	'name: m1',
	'listen-client-urls: http://@IP@:@C@',
	'advertise-client-urls: http://@IP@:@C@',
	'listen-peer-urls: http://@IP@:@P@',
	'initial-advertise-peer-urls: http://@IP@:@P@',
	'initial-cluster: m1=http://@IP@:@P@',
	'initial-cluster-token: diff-token',
].join('\n') + '\n';

/** The base with the lines of some keys replaced (or removed with ''), and more lines appended. */
function variant(replace: Record<string, string>, append = ''): string {
	const lines = base.split('\n').map(line => {
		const key = line.split(':')[0];
		return key in replace ? replace[key] : line;
	}).filter(line => line !== '');
	return lines.join('\n') + '\n' + append;
}

const httpsClients = { 'listen-client-urls': 'listen-client-urls: https://@IP@:@C@', 'advertise-client-urls': 'advertise-client-urls: https://@IP@:@C@' };

const fullMember = `# one member of a small cluster, every section filled in
name: m1
data-dir: m1.data
wal-dir: m1.wal
snapshot-count: 50000
heartbeat-interval: 100
election-timeout: 1000
quota-backend-bytes: 4294967296
max-snapshots: 5
max-wals: 5
max-txn-ops: 256
max-request-bytes: 1572864
listen-peer-urls: http://@IP@:@P@
listen-client-urls: http://@IP@:@C@
advertise-client-urls: http://@IP@:@C@
initial-advertise-peer-urls: http://@IP@:@P@
initial-cluster: m1=http://@IP@:@P@,m2=http://127.0.99.2:@P@,m3=http://127.0.99.3:@P@
initial-cluster-token: 'diff-token'
initial-cluster-state: new
strict-reconfig-check: true
enable-v2: false
enable-pprof: true
metrics: basic
pre-vote: true
auto-compaction-mode: periodic
auto-compaction-retention: "1"
auth-token: simple
logger: zap
log-level: info
log-outputs: [stderr]
grpc-keepalive-min-time: 5000000000
grpc-keepalive-interval: 7200000000000
grpc-keepalive-timeout: 20000000000
client-transport-security:
  client-cert-auth: false
  auto-tls: false
peer-transport-security:
  client-cert-auth: false
  auto-tls: false
force-new-cluster: false
`;

export const yamlCases: readonly YamlCase[] = [
	{ name: 'a healthy member', yaml: base, etcd: 'starts', why: 'the base every other case changes' },
	{
		name: 'the listen URLs and nothing else',
		yaml: 'listen-client-urls: http://@IP@:@C@\nlisten-peer-urls: http://@IP@:@P@\n',
		etcd: 'starts', why: 'name default, initial-cluster default=http://localhost:2380 matches the default advertised peer URL',
	},
	{ name: 'a full member', yaml: fullMember, etcd: 'starts', why: 'every section written with the YAML types etcd wants' },
	{
		name: 'auto TLS nested under both transport sections',
		yaml: variant({
			...httpsClients,
			'listen-peer-urls': 'listen-peer-urls: https://@IP@:@P@',
			'initial-advertise-peer-urls': 'initial-advertise-peer-urls: https://@IP@:@P@',
			'initial-cluster': 'initial-cluster: m1=https://@IP@:@P@',
		}, 'client-transport-security:\n  auto-tls: true\npeer-transport-security:\n  auto-tls: true\n'),
		etcd: 'starts', why: 'auto-tls makes the certificates for https on both sides',
	},
	{ name: 'booleans written yes and on', yaml: base + 'enable-pprof: yes\nstrict-reconfig-check: on\npre-vote: Yes\n', etcd: 'starts', why: 'YAML 1.1 reads yes/on as booleans' },
	{
		name: 'lists in flow and block style',
		yaml: base + 'log-outputs: [stderr]\ncipher-suites:\n  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n  - TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\n',
		etcd: 'starts', why: 'list options given YAML lists',
	},
	{
		name: 'durations in nanoseconds',
		yaml: base + 'grpc-keepalive-timeout: 20000000000\nbackend-batch-interval: 100000000\nexperimental-corrupt-check-time: 60000000000\n',
		etcd: 'starts', why: 'time.Duration fields decode from integer nanoseconds',
	},
	{ name: 'an unknown key with a typo', yaml: base + 'heartbeat-intervall: 100\n', etcd: 'starts', why: 'unknown keys are dropped silently' },
	{
		name: 'the flag spelling of the TLS files at the top level',
		yaml: base + 'cert-file: /nonexistent/server.crt\nkey-file: /nonexistent/server.key\n',
		etcd: 'starts', why: 'cert-file and key-file exist only under client-transport-security; at the top level they are dropped',
	},
	{ name: 'a key written in capitals', yaml: variant({ name: 'Name: m1' }), etcd: 'starts', why: 'encoding/json matches keys case-insensitively, so Name sets name' },
	{ name: 'a key twice, the later one right', yaml: variant({ name: 'name: m9\nname: m1' }), etcd: 'starts', why: 'the last duplicate wins' },
	{ name: 'two spellings by case, lowercase right', yaml: variant({ name: 'name: m1\nNAME: m9' }), etcd: 'starts', why: 'the lowercase key wins whatever the order' },
	{ name: 'an empty initial-cluster-state', yaml: base + "initial-cluster-state: ''\n", etcd: 'starts', why: 'an empty state becomes new' },
	{ name: 'hex and octal integers', yaml: base + 'snapshot-count: 0x2710\nmax-wals: 010\n', etcd: 'starts', why: 'YAML 1.1 reads 0x and leading-0 integers: etcd logs snapshot-count 10000, max-wals 8' },
	{ name: 'a count with underscores', yaml: base + 'snapshot-count: 1_000\n', etcd: 'starts', why: 'go-yaml drops the underscores: etcd logs snapshot-count 1000' },
	{ name: 'counts written 0o17 and 0b101', yaml: base + 'snapshot-count: 0o17\nmax-wals: 0b101\n', etcd: 'starts', why: 'go-yaml reads Go\'s 0o and 0b prefixes: etcd logs snapshot-count 15' },
	{ name: 'a count written 08', yaml: base + 'snapshot-count: 08\n', etcd: 'starts', why: 'not octal, so go-yaml reads it as the float 8: etcd logs snapshot-count 8 (env mode refuses 08)' },
	{ name: 'a count written as 1e4', yaml: base + 'snapshot-count: 1e4\n', etcd: 'starts', why: 'a whole float becomes a JSON integer on the way to Go: etcd logs snapshot-count 10000' },
	{ name: 'no advertise-client-urls while listen-client-urls is set', yaml: variant({ 'advertise-client-urls': '' }), etcd: 'starts', why: 'YAML mode keeps the default http://localhost:2379' },
	{ name: 'a flag-only option written as a key', yaml: base + 'client-crl-file: /nonexistent/crl.pem\n', etcd: 'starts', why: 'client-crl-file has no YAML key, so it is dropped' },
	{ name: 'proxy off, quoted', yaml: base + "proxy: 'off'\n", etcd: 'starts', why: 'the string off is a valid proxy mode' },
	{ name: 'document markers and comments', yaml: '---\n# member one\n' + base + '...\n', etcd: 'starts', why: 'plain YAML structure' },
	{ name: 'a list at the top level', yaml: '- ' + base.replace(/\n(?=.)/g, '\n  '), etcd: 'refuses', why: 'cannot unmarshal array into Go value of type embed.configYAML' },
	{ name: 'a sentence at the top level', yaml: 'just some words\n', etcd: 'refuses', why: 'cannot unmarshal string into Go value of type embed.configYAML' },
	{ name: 'only a document marker', yaml: '---\n', etcd: 'starts', why: 'an empty document leaves every default in place' },
	{ name: 'a compaction retention of 1h without a mode', yaml: base + 'auto-compaction-retention: 1h\n', etcd: 'refuses', why: 'YAML mode has no default compaction mode: unsupported compaction mode' },
	{ name: 'a compaction retention in hours without a mode', yaml: base + 'auto-compaction-retention: "12"\n', etcd: 'starts', why: 'the hours are read as 0 without a mode: compaction is off, etcd starts' },
	{ name: 'a compaction retention of 1h with the periodic mode', yaml: base + 'auto-compaction-mode: periodic\nauto-compaction-retention: 1h\n', etcd: 'starts', why: 'the command line default, written out' },
	{ name: 'a peer listen URL twice', yaml: variant({ 'listen-peer-urls': 'listen-peer-urls: http://@IP@:@P@,http://@IP@:@P@' }), etcd: 'refuses', why: 'YAML keeps both copies: listen tcp: bind: address already in use' },
	{ name: 'an advertised peer URL twice', yaml: variant({ 'initial-advertise-peer-urls': 'initial-advertise-peer-urls: http://@IP@:@P@,http://@IP@:@P@' }), etcd: 'refuses', why: 'YAML keeps both copies, which no longer match initial-cluster' },
	{ name: 'a client listen URL twice', yaml: variant({ 'listen-client-urls': 'listen-client-urls: http://@IP@:@C@,http://@IP@:@C@' }), etcd: 'starts', why: 'the client listeners are grouped by address' },
	{ name: 'a second document', yaml: base + '---\nname: other\n', etcd: 'starts', why: 'etcd reads the first document only' },
	{ name: 'a second document that does not parse', yaml: base + '---\nname: [other\n  bad: : :\n', etcd: 'starts', why: 'the rest of the file after the first document is never read' },
	{ name: 'an election timeout of exactly five heartbeats', yaml: base + 'heartbeat-interval: 100\nelection-timeout: 500\n', etcd: 'starts', why: 'the bound is inclusive' },
	{ name: 'an unknown key inside a transport section', yaml: base + 'client-transport-security:\n  auto-tsl: true\n', etcd: 'starts', why: 'unknown nested keys are dropped too' },
	{ name: 'a key with no value', yaml: base + 'log-level:\n', etcd: 'starts', why: 'null leaves the default in place' },

	{ name: 'a YAML syntax error', yaml: base + 'log-outputs: [stderr\n', etcd: 'refuses', why: 'error converting YAML to JSON: yaml: line 8: did not find expected \',\' or \']\'' },
	{ name: 'a tab in the indentation', yaml: base + 'client-transport-security:\n\tauto-tls: true\n', etcd: 'refuses', why: 'error converting YAML to JSON: yaml: line 9: found character that cannot start any token' },
	{ name: 'name: no', yaml: variant({ name: 'name: no' }), etcd: 'refuses', why: 'json: cannot unmarshal bool into Go struct field configYAML.name of type string' },
	{ name: 'name: y', yaml: variant({ name: 'name: y' }), etcd: 'refuses', why: 'go-yaml reads y as true: json: cannot unmarshal bool into Go struct field configYAML.name of type string' },
	{ name: 'a token with a leading zero', yaml: variant({ 'initial-cluster-token': 'initial-cluster-token: 0123' }), etcd: 'refuses', why: 'json: cannot unmarshal number into Go struct field configYAML.initial-cluster-token of type string' },
	{ name: 'a quoted heartbeat', yaml: base + "heartbeat-interval: '100'\n", etcd: 'refuses', why: 'json: cannot unmarshal string into Go struct field configYAML.heartbeat-interval of type uint' },
	{ name: 'a duration written 5s', yaml: base + 'grpc-keepalive-timeout: 5s\n', etcd: 'refuses', why: 'json: cannot unmarshal string into Go struct field configYAML.grpc-keepalive-timeout of type time.Duration' },
	{ name: 'a list option given a string', yaml: base + 'log-outputs: stderr\n', etcd: 'refuses', why: 'json: cannot unmarshal string into Go struct field configYAML.log-outputs of type []string' },
	{ name: 'a string option given a list', yaml: variant({ 'initial-cluster-token': 'initial-cluster-token: [diff, token]' }), etcd: 'refuses', why: 'json: cannot unmarshal array into Go struct field configYAML.initial-cluster-token of type string' },
	{ name: 'the cluster list as a YAML list', yaml: variant({ 'initial-cluster': 'initial-cluster:\n  - m1=http://@IP@:@P@' }), etcd: 'refuses', why: 'json: cannot unmarshal array into Go struct field configYAML.initial-cluster of type string' },
	{ name: 'advertise URLs as a YAML list', yaml: variant({ 'advertise-client-urls': 'advertise-client-urls: [http://@IP@:@C@]' }), etcd: 'refuses', why: 'json: cannot unmarshal array into Go struct field configYAML.advertise-client-urls of type string' },
	{ name: 'a quoted true for a boolean', yaml: base + 'enable-pprof: "true"\n', etcd: 'refuses', why: 'json: cannot unmarshal string into Go struct field configYAML.enable-pprof of type bool' },
	{ name: 'proxy: off', yaml: base + 'proxy: off\n', etcd: 'refuses', why: 'off is read as false, the string "false" is no proxy mode: unexpected error setting up proxyFlag: invalid value' },
	{ name: 'retention as a bare number', yaml: base + 'auto-compaction-retention: 1\n', etcd: 'refuses', why: 'json: cannot unmarshal number into Go struct field configYAML.auto-compaction-retention of type string' },
	{ name: 'a count written 1:30', yaml: base + 'snapshot-count: 1:30\n', etcd: 'refuses', why: 'go-yaml has no base-60 numbers: json: cannot unmarshal string into Go struct field configYAML.snapshot-count of type uint64' },
	{ name: 'a negative count', yaml: base + 'max-wals: -1\n', etcd: 'refuses', why: 'json: cannot unmarshal number -1 into Go struct field configYAML.max-wals of type uint' },
	{ name: 'a fraction for a count', yaml: base + 'snapshot-count: 1.5\n', etcd: 'refuses', why: 'json: cannot unmarshal number 1.5 into Go struct field configYAML.snapshot-count of type uint64' },
	{ name: 'a number where a nested string goes', yaml: base + 'client-transport-security:\n  trusted-ca-file: 0123\n', etcd: 'refuses', why: 'json: cannot unmarshal number into Go struct field securityConfig.client-transport-security.trusted-ca-file of type string' },
	{ name: 'a transport section written as a string', yaml: base + 'client-transport-security: auto\n', etcd: 'refuses', why: 'json: cannot unmarshal string into Go struct field configYAML.client-transport-security of type embed.securityConfig' },
	{ name: 'a key twice, the earlier one right', yaml: variant({ name: 'name: m1\nname: m9' }), etcd: 'refuses', why: 'the last duplicate wins: couldn\'t find local name "m9" in the initial cluster configuration' },
	{ name: 'two spellings by case, capitals right', yaml: variant({ name: 'NAME: m1\nname: m9' }), etcd: 'refuses', why: 'the lowercase key wins: couldn\'t find local name "m9" in the initial cluster configuration' },
	{ name: 'a name with no value', yaml: variant({ name: 'name:' }), etcd: 'refuses', why: 'null leaves the default: couldn\'t find local name "default" in the initial cluster configuration' },
	{ name: 'a name missing from the cluster list', yaml: variant({ name: 'name: m9' }), etcd: 'refuses', why: 'couldn\'t find local name "m9" in the initial cluster configuration' },
	{ name: 'advertised peer URL missing from the cluster list', yaml: variant({ 'initial-advertise-peer-urls': 'initial-advertise-peer-urls: http://@IP@:@C@' }), etcd: 'refuses', why: '--initial-cluster has m1=http://…:P but missing from --initial-advertise-peer-urls=http://…:C' },
	{ name: 'one URL under two names', yaml: variant({ 'initial-cluster': 'initial-cluster: m1=http://@IP@:@P@,m2=http://@IP@:@P@' }), etcd: 'refuses', why: 'initial cluster m1=…,m2=… has duplicate url' },
	{ name: 'a trailing slash', yaml: variant({ 'advertise-client-urls': 'advertise-client-urls: http://@IP@:@C@/' }), etcd: 'refuses', why: 'unexpected error setting up advertise-peer-urls (sic: 3.4 names the wrong key): URL must not contain a path' },
	{ name: 'a listen URL without port', yaml: variant({ 'listen-client-urls': 'listen-client-urls: http://@IP@' }), etcd: 'refuses', why: 'unexpected error setting up listen-client-urls: URL address does not have the form "host:port"' },
	{ name: 'an unknown URL scheme', yaml: variant({ 'listen-peer-urls': 'listen-peer-urls: tcp://@IP@:@P@' }), etcd: 'refuses', why: 'unexpected error setting up listen-peer-urls: URL scheme must be http, https, unix, or unixs' },
	{ name: 'a host name to listen on', yaml: variant({ 'listen-client-urls': 'listen-client-urls: http://etcd.invalid:@C@' }), etcd: 'refuses', why: 'expected IP in URL for binding (http://etcd.invalid:C)' },
	{ name: 'https for clients without a certificate', yaml: variant(httpsClients), etcd: 'refuses', why: 'TLS key/cert (--cert-file, --key-file) must be provided for client url https://… with HTTPS scheme' },
	{ name: 'auto-tls at the top level with https', yaml: variant(httpsClients, 'auto-tls: true\n'), etcd: 'refuses', why: 'the top-level auto-tls is dropped: TLS key/cert (--cert-file, --key-file) must be provided for client url' },
	{ name: 'an unknown initial-cluster-state', yaml: base + 'initial-cluster-state: foo\n', etcd: 'refuses', why: 'unexpected clusterState "foo"' },
	{ name: 'an election timeout under five heartbeats', yaml: base + 'heartbeat-interval: 300\nelection-timeout: 1000\n', etcd: 'refuses', why: '--election-timeout[1000ms] should be at least as 5 times as --heartbeat-interval[300ms]' },
	{ name: 'a heartbeat of 0', yaml: base + 'heartbeat-interval: 0\n', etcd: 'refuses', why: '--heartbeat-interval must be >0 (set to 0ms)' },
	{ name: 'a log level in capitals', yaml: base + 'log-level: INFO\n', etcd: 'refuses', why: 'panic: unknown level "INFO" (exit 2): 3.4 matches log levels case-sensitively' },
];
