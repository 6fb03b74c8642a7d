import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '../../server/src/engine/l10n/locale';
import { parseDocument } from '../../server/src/engine/parse';
import { findProblems } from '../../server/src/engine/validate';

/*
 * The URL, TLS, membership-URL and YAML rules speak the file's language: each case triggers a rule, and with
 * locale 'ru' every message, fix title and related label it yields is Russian, while 'en' still gives English.
 */

const cyrillic = /[А-Яа-яЁё]/;
/** Words an English sentence cannot do without; quoted values, URLs, option names, keys and flags are taken out first. */
const englishWords = /\b(the|is|are|and|this|with|not|of|it|to|in|as|but|so|write|remove)\b/i;

function english(text: string): boolean {
	const bare = text.replace(/'[^']*'|"[^"]*"|`[^`]*`|[a-z]+:\/\/\S*|[a-z]+(-[a-z0-9]+)+|--?[a-z][\w-]*(=\S*)?|[A-Z][A-Z0-9_]{2,}(=\S*)?/g, ' ');
	return englishWords.test(bare);
}

interface Case {
	readonly rule: string;
	readonly text: string;
	readonly version?: '3.4' | '3.5' | '3.6';
	/** Read as etcd's YAML config file. */
	readonly yaml?: boolean;
	/** The message quotes a third party's English (the YAML parser's), so only Cyrillic is required. */
	readonly quotesEnglish?: boolean;
}

const https = 'ETCD_LISTEN_CLIENT_URLS=https://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=https://10.0.0.1:2379\n';

const cases: readonly Case[] = [
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

function texts(test: Case, locale: Locale): string[] {
	const doc = parseDocument(`file:///l10n-urls/${test.yaml ? 'etcd.conf.yml' : 'etcd'}`, test.text);
	const found = findProblems(doc, { version: test.version ?? '3.5', rules: {}, rulesDocBase: '', locale }).filter(f => f.rule.id === test.rule);
	return found.flatMap(({ problem }) => [problem.message, ...(problem.fixes ?? []).map(fix => fix.title), ...(problem.related ?? []).map(r => r.message)]);
}

describe('URL, TLS and YAML rules in Russian', () => {
	for (const test of cases) {
		it(`${test.rule}: ${JSON.stringify(test.text)}`, () => {
			const ru = texts(test, 'ru');
			assert.ok(ru.length > 0, 'the case triggers the rule');
			assert.deepEqual(ru.filter(text => !cyrillic.test(text)), [], 'not Russian');
			if (!test.quotesEnglish) assert.deepEqual(ru.filter(english), [], 'English left behind');
			const en = texts(test, 'en');
			assert.equal(en.length, ru.length);
			assert.deepEqual(en.filter(text => cyrillic.test(text)), [], 'Russian in English');
		});
	}

	it('covers every rule of this share', () => {
		const share = ['invalid-url', 'listen-host-name', 'advertise-empty-host', 'advertise-unreachable', 'loopback-advertise', 'duplicate-url',
			'listen-client-http-conflict', 'tls-missing', 'tls-unused', 'cert-auth-without-ca', 'ca-implies-cert-auth', 'allowed-cn-and-hostname',
			'advertise-not-served', 'missing-advertise-client', 'yaml-duplicate-key', 'yaml-duration', 'yaml-flag-spelling', 'yaml-key-case',
			'yaml-list-shape', 'yaml-quoted-number', 'yaml-syntax', 'yaml-unknown-key', 'yaml-unquoted-string'];
		assert.deepEqual(share.filter(rule => !cases.some(c => c.rule === rule)), []);
	});
});
