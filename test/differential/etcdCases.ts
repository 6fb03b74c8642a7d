/*
 * The env files of the single-member differential suite (etcd.test.ts), apart from it so that the systemd
 * differential suite (systemd.test.ts) reads the same files.
 */

/** A healthy one-member file; @IP@, @C@ and @P@ become the case's own loopback address and ports. */
const base = [
	'ETCD_NAME="m1"',
	'ETCD_LISTEN_CLIENT_URLS="http://@IP@:@C@"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://@IP@:@C@"',
	'ETCD_LISTEN_PEER_URLS="http://@IP@:@P@"',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://@IP@:@P@"',
	'ETCD_INITIAL_CLUSTER="m1=http://@IP@:@P@"',
	'ETCD_INITIAL_CLUSTER_TOKEN="diff-token"',
].join('\n') + '\n';

/** The base with one key's line replaced (or removed with ''), and more lines appended. */
function variant(replace: Record<string, string>, append = ''): string {
	const lines = base.split('\n').map(line => {
		const key = line.split('=')[0];
		return key in replace ? replace[key] : line;
	}).filter(line => line !== '');
	return lines.join('\n') + '\n' + append;
}

/** Case name → file text; @IP@, @C@ and @P@ become the case's own loopback address and ports. */
export const cases: Record<string, string> = {
	'a healthy member': base,
	'single quotes, bare values and comments': variant({ ETCD_NAME: '# the only member\nETCD_NAME=m1', ETCD_INITIAL_CLUSTER_TOKEN: 'ETCD_INITIAL_CLUSTER_TOKEN=\'diff-token\'' }),
	'three members listed, the others absent': variant({ ETCD_INITIAL_CLUSTER: 'ETCD_INITIAL_CLUSTER="m1=http://@IP@:@P@,m2=http://127.0.99.2:@P@,m3=http://127.0.99.3:@P@"' }),
	'https for clients with auto TLS': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="https://@IP@:@C@"', ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="https://@IP@:@C@"' }, 'ETCD_AUTO_TLS="true"\n'),
	'listening on every address': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="http://0.0.0.0:@C@"' }),
	'durations, millisecond counts and booleans': base + 'ETCD_GRPC_KEEPALIVE_TIMEOUT="20s"\nETCD_HEARTBEAT_INTERVAL="200"\nETCD_ELECTION_TIMEOUT="2000"\nETCD_ENABLE_PPROF="1"\nETCD_STRICT_RECONFIG_CHECK=true\n',
	'an octal snapshot count': base + 'ETCD_SNAPSHOT_COUNT="0100"\n',
	'an unknown variable': base + 'ETCD_FOO="bar"\n',
	'0.0.0.0 advertised to clients': variant({ ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="http://0.0.0.0:@C@"' }),
	'an election timeout of exactly five heartbeats': base + 'ETCD_HEARTBEAT_INTERVAL="100"\nETCD_ELECTION_TIMEOUT="500"\n',
	// 3.4 keeps both copies of a peer URL: a second bind of the listener, an advertised list unlike the cluster list.
	'a peer listen URL twice': variant({ ETCD_LISTEN_PEER_URLS: 'ETCD_LISTEN_PEER_URLS="http://@IP@:@P@,http://@IP@:@P@"' }),
	'an advertised peer URL twice': variant({ ETCD_INITIAL_ADVERTISE_PEER_URLS: 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://@IP@:@P@,http://@IP@:@P@"' }),
	'a client listen URL twice': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="http://@IP@:@C@,http://@IP@:@C@"' }),
	'an election timeout of 50000 ms': base + 'ETCD_ELECTION_TIMEOUT="50000"\n',
	'an empty value': base + 'ETCD_LOG_LEVEL=\n',
	'debug logging in 3.4 style': base + 'ETCD_DEBUG="true"\nETCD_LOG_LEVEL="debug"\n',
	'ETCD_CONFIG, which loads nothing': base + 'ETCD_CONFIG="/etc/etcd/etcd.conf.yml"\n',
	'flags in DAEMON_ARGS': base + 'DAEMON_ARGS="--log-level debug --snapshot-count 5000"\n',
	'a quota above 8 GiB': base + 'ETCD_QUOTA_BACKEND_BYTES="17179869184"\n',
	'a duplicate line': base + 'ETCD_NAME="m1"\n',
	'blanks around =': variant({ ETCD_NAME: 'ETCD_NAME = "m1"' }),
	'an unchecked enum with a typo': base + 'ETCD_METRICS="full"\n',
	'force-new-cluster on': base + 'ETCD_FORCE_NEW_CLUSTER="true"\n',

	'a boolean written yes': base + 'ETCD_ENABLE_PPROF="yes"\n',
	'a unit on the heartbeat': base + 'ETCD_HEARTBEAT_INTERVAL="100ms"\n',
	'a duration without unit': base + 'ETCD_GRPC_KEEPALIVE_TIMEOUT="20"\n',
	'08, which is no octal number': base + 'ETCD_SNAPSHOT_COUNT="08"\n',
	'a negative unsigned number': base + 'ETCD_SNAPSHOT_COUNT="-1"\n',
	'a state in capitals': base + 'ETCD_INITIAL_CLUSTER_STATE="Existing"\n',
	'a log level in capitals on 3.4': base + 'ETCD_LOG_LEVEL="INFO"\n',
	'an unknown logger': base + 'ETCD_LOGGER="syslog"\n',
	'retention in days': base + 'ETCD_AUTO_COMPACTION_RETENTION="1d"\n',
	'retention with a plus sign': base + 'ETCD_AUTO_COMPACTION_RETENTION="+1"\n',
	'an unknown compaction mode': base + 'ETCD_AUTO_COMPACTION_MODE="daily"\n',
	'--name in DAEMON_ARGS next to the unit\'s ETCD_NAME': variant({ ETCD_NAME: '' }, 'ETCD_INITIAL_CLUSTER="debian-host=http://@IP@:@P@"\nDAEMON_ARGS="--name debian-host"\n'),
	'a switch given a separate value': base + 'DAEMON_ARGS="--auto-tls false"\n',
	'an unknown flag': base + 'DAEMON_ARGS="--log-lvl debug"\n',
	'a unit on a flag\'s millisecond count': base + 'DAEMON_ARGS="--heartbeat-interval 100ms"\n',
	'a URL scheme etcd does not know': variant({ ETCD_LISTEN_PEER_URLS: 'ETCD_LISTEN_PEER_URLS="tcp://@IP@:@P@"' }),
	'a listen URL without port': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="http://@IP@"' }),
	'a trailing slash': variant({ ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="http://@IP@:@C@/"' }),
	'a host name to listen on': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="http://etcd.invalid:@C@"' }),
	'an advertise URL without host': variant({ ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="http://:@C@"' }),
	'client listeners without advertise URLs': variant({ ETCD_ADVERTISE_CLIENT_URLS: '' }),
	'https for clients without certificate': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="https://@IP@:@C@"', ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="https://@IP@:@C@"' }),
	'https for peers without certificate': variant({ ETCD_LISTEN_PEER_URLS: 'ETCD_LISTEN_PEER_URLS="https://@IP@:@P@"' }),
	'a name missing from the cluster list': variant({ ETCD_NAME: 'ETCD_NAME="m9"' }),
	'advertised peer URLs that differ from the list': variant({ ETCD_INITIAL_ADVERTISE_PEER_URLS: 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://@IP@:@C@"' }),
	'a blank after the comma in the list': variant({ ETCD_INITIAL_CLUSTER: 'ETCD_INITIAL_CLUSTER="m0=http://127.0.99.9:@P@, m1=http://@IP@:@P@"' }),
	'one URL under two names': variant({ ETCD_INITIAL_CLUSTER: 'ETCD_INITIAL_CLUSTER="m1=http://@IP@:@P@,m2=http://@IP@:@P@"' }),
	'two bootstrap methods': base + 'ETCD_DISCOVERY_SRV="example.invalid"\n',
	'a heartbeat of 0': base + 'ETCD_HEARTBEAT_INTERVAL="0"\n',
	'an election timeout under five heartbeats': base + 'ETCD_HEARTBEAT_INTERVAL="300"\nETCD_ELECTION_TIMEOUT="1000"\n',
	'an election timeout above 50000 ms': base + 'ETCD_ELECTION_TIMEOUT="50001"\n',
	'a certificate without its key on https': variant({ ETCD_LISTEN_CLIENT_URLS: 'ETCD_LISTEN_CLIENT_URLS="https://@IP@:@C@"', ETCD_ADVERTISE_CLIENT_URLS: 'ETCD_ADVERTISE_CLIENT_URLS="https://@IP@:@C@"' }, 'ETCD_CERT_FILE="/etc/ssl/certs/ca-certificates.crt"\n'),
	'an inline comment that ends up in the log level': base + 'ETCD_LOG_LEVEL="info" # quieter\n',
	'a quote never closed': base + 'ETCD_LOG_LEVEL="debug\n',
};
