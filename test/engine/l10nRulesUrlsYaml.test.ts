import { russianRules, type L10nCase } from './l10nCases';

/*
 * The URL, TLS, membership-URL and YAML rules speak the file's language: each case triggers a rule, and with
 * locale 'ru' every message, fix title and related label it yields is Russian, while 'en' still gives English.
 */

const https = 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\n';

const cases: readonly L10nCase[] = [
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1"\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=10.0.0.1:2380\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=ftp://10.0.0.1:2380\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380/\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380/etcd\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=http://fe80::1:2380\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:abc\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS="\'http://10.0.0.1:2380\'"\n' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_PEER_URLS=unix:///run/etcd.sock\n', version: '3.4' },
	{ rule: 'invalid-url', text: 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,"\n' },
	{ rule: 'invalid-url', text: 'ETCD_CORS=" *"\n' },
	{ rule: 'invalid-url', text: 'ETCD_CORS="*,http://a.example:80"\n' },
	{ rule: 'invalid-url', text: 'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2"\n' },
	{ rule: 'listen-host-name', text: 'ETCD_LISTEN_PEER_URLS=http://etcd1.example:2380\n' },
	{ rule: 'listen-host-name', text: 'ETCD_LISTEN_PEER_URLS=http://LOCALHOST:2380\n' },
	{ rule: 'listen-host-name', text: 'ETCD_LISTEN_PEER_URLS=http://[fe80::1%25eth0]:2380\n' },
	{ rule: 'listen-host-name', text: 'ETCD_LISTEN_PEER_URLS=http://:2380\n' },
	{ rule: 'advertise-empty-host', text: 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://:2380\n' },
	{ rule: 'advertise-unreachable', text: 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=http://0.0.0.0:2379\n' },
	{ rule: 'advertise-unreachable', text: 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER="pg1=http://0.0.0.0:2380,pg2=http://10.0.0.2:2380"\n' },
	{ rule: 'loopback-advertise', text: 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER="pg1=http://127.0.0.1:2380,pg2=http://10.0.0.2:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://127.0.0.1:2380\n' },
	{ rule: 'duplicate-url', text: 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,http://10.0.0.1:2379"\nETCD_ADVERTISE_CLIENT_URLS=http://10.0.0.1:2379\n' },
	{ rule: 'listen-client-http-conflict', text: 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_LISTEN_CLIENT_HTTP_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=http://10.0.0.1:2379\n' },
	{ rule: 'listen-client-http-conflict', text: 'ETCD_LISTEN_CLIENT_HTTP_URLS=http://localhost:2379\n' },
	{ rule: 'tls-missing', text: 'ETCD_PEER_CERT_FILE=/p.crt\n' },
	{ rule: 'tls-missing', text: 'ETCD_CERT_FILE=/c.crt\n' },
	{ rule: 'tls-missing', text: `${https}ETCD_CERT_FILE=/c.crt\n` },
	{ rule: 'tls-missing', text: https },
	{ rule: 'tls-unused', text: 'ETCD_CERT_FILE=/c.crt\nETCD_KEY_FILE=/c.key\n' },
	{ rule: 'tls-unused', text: 'ETCD_PEER_TRUSTED_CA_FILE=/ca.crt\n' },
	{ rule: 'tls-unused', text: 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\n' },
	{ rule: 'cert-auth-without-ca', text: `${https}ETCD_CERT_FILE=/c.crt\nETCD_KEY_FILE=/c.key\nETCD_CLIENT_CERT_AUTH=true\n` },
	{ rule: 'ca-implies-cert-auth', text: `${https}ETCD_CERT_FILE=/c.crt\nETCD_KEY_FILE=/c.key\nETCD_TRUSTED_CA_FILE=/ca.crt\n` },
	{ rule: 'allowed-cn-and-hostname', text: 'ETCD_PEER_CERT_ALLOWED_CN=etcd\nETCD_PEER_CERT_ALLOWED_HOSTNAME=etcd.example\n' },
	{ rule: 'allowed-cn-and-hostname', text: 'ETCD_PEER_CERT_FILE=/p.crt\nETCD_PEER_KEY_FILE=/p.key\nETCD_PEER_CERT_ALLOWED_CN=etcd\nETCD_PEER_CERT_ALLOWED_HOSTNAME=etcd.example\n' },
	{ rule: 'advertise-not-served', text: 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.2:2380\n' },
	{ rule: 'advertise-not-served', text: 'ETCD_ADVERTISE_CLIENT_URLS=http://etcd1.example:2400\n' },
	{ rule: 'missing-advertise-client', text: 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\n' },
	{ rule: 'yaml-duplicate-key', text: 'name: pg1\nname: pg2\n', yaml: true },
	{ rule: 'yaml-duration', text: 'grpc-keepalive-timeout: 5s\n', yaml: true },
	{ rule: 'yaml-duration', text: 'grpc-keepalive-timeout: soon\n', yaml: true },
	{ rule: 'yaml-flag-spelling', text: 'name: pg1\ncert-file: /etc/etcd/server.crt\n', yaml: true },
	{ rule: 'yaml-flag-spelling', text: 'client-crl-file: /crl.pem\n', yaml: true },
	{ rule: 'yaml-key-case', text: 'Name: pg1\n', yaml: true },
	{ rule: 'yaml-list-shape', text: 'log-outputs: stderr\n', yaml: true },
	{ rule: 'yaml-list-shape', text: 'listen-client-urls:\n  - http://10.0.0.1:2379\n', yaml: true },
	{ rule: 'yaml-list-shape', text: 'cipher-suites: [TLS_AES_128_GCM_SHA256, 1]\nname: {a: 1}\nclient-transport-security: on\nsnapshot-count: [1]\n', yaml: true },
	{ rule: 'yaml-quoted-number', text: 'heartbeat-interval: \'100\'\nauto-tls: "true"\n', yaml: true },
	{ rule: 'yaml-quoted-number', text: 'heartbeat-interval: 1.5\n', yaml: true },
	{ rule: 'yaml-syntax', text: 'name: pg1\ninitial-cluster: [pg1=http://10.0.0.1:2380\n', yaml: true, quotesEnglish: true },
	{ rule: 'yaml-unknown-key', text: 'name: pg1\ninitial-cluster-tokne: abc\n', yaml: true },
	{ rule: 'yaml-unknown-key', text: 'completely-unrelated-setting: 1\n', yaml: true },
	{ rule: 'yaml-unquoted-string', text: 'name: no\ninitial-cluster-token: 0123\n', yaml: true },
];

russianRules('URL, TLS and YAML rules in Russian', cases, ['invalid-url', 'listen-host-name', 'advertise-empty-host', 'advertise-unreachable', 'loopback-advertise', 'duplicate-url',
	'listen-client-http-conflict', 'tls-missing', 'tls-unused', 'cert-auth-without-ca', 'ca-implies-cert-auth', 'allowed-cn-and-hostname',
	'advertise-not-served', 'missing-advertise-client', 'yaml-duplicate-key', 'yaml-duration', 'yaml-flag-spelling', 'yaml-key-case',
	'yaml-list-shape', 'yaml-quoted-number', 'yaml-syntax', 'yaml-unknown-key', 'yaml-unquoted-string']);
