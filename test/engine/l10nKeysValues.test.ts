import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '../../server/src/engine/l10n/locale';
import { parseDocument } from '../../server/src/engine/parse';
import { findProblems } from '../../server/src/engine/validate';

/*
 * The syntax, key and value rules speak the file's language: each case triggers a rule, and with locale 'ru' every
 * message, fix title and related label it yields is Russian, while 'en' still gives English.
 */

const cyrillic = /[А-Яа-яЁё]/;
/** Words an English sentence cannot do without; quoted values, option names and flags are taken out first. */
const englishWords = /\b(the|is|are|and|this|with|not|of|it|to|in|as|but|so|write|remove)\b/i;

function english(text: string): boolean {
	const bare = text.replace(/'[^']*'|"[^"]*"|`[^`]*`|--?[a-z][\w-]*(=\S*)?|[A-Z][A-Z0-9_]{2,}(=\S*)?/g, ' ');
	return englishWords.test(bare);
}

interface Case { readonly rule: string; readonly text: string; readonly version?: '3.4' | '3.5' | '3.6' }

const cases: readonly Case[] = [
	{ rule: 'invalid-line', text: 'ETCD_NAME pg1\n' },
	{ rule: 'invalid-line', text: 'hello\n' },
	{ rule: 'unterminated-quote', text: 'ETCD_NAME="pg1\n' },
	{ rule: 'unterminated-quote', text: 'ETCD_NAME=\'pg1\nETCD_DATA_DIR=/var/lib/etcd\n' },
	{ rule: 'invalid-key', text: 'ETCD-NAME=pg1\n' },
	{ rule: 'invalid-key', text: 'etcd_name=pg1\n' },
	{ rule: 'invalid-key', text: 'daemon_args="--name pg1"\n' },
	{ rule: 'shell-difference', text: 'export ETCD_NAME=pg1\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME = pg1\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME= pg1\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=pg1 # the first\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=pg1;\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=pg1;pg2\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=pg1 pg2\n' },
	{ rule: 'shell-difference', text: 'ETCD_DATA_DIR=$HOME/etcd\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=$(hostname)\n' },
	{ rule: 'shell-difference', text: '; a comment\nETCD_NAME=pg1\n' },
	{ rule: 'shell-difference', text: '# a comment \\\nETCD_NAME=pg1\n' },
	{ rule: 'shell-difference', text: 'ETCD_NAME=pg1\r\n' },
	{ rule: 'shell-difference', text: '\uFEFFETCD_NAME=pg1\n' },
	{ rule: 'shell-difference', text: '\uFEFF# etcd\nETCD_NAME=pg1\n' },
	{ rule: 'duplicate-key', text: 'ETCD_NAME=pg1\nETCD_NAME=pg2\n' },
	{ rule: 'duplicate-key', text: 'ETCD_NAME=pg1\nETCD_NAME=pg1\n' },
	{ rule: 'duplicate-key', text: 'DAEMON_ARGS="--snapshot-count=5 --snapshot-count=6"\n' },
	{ rule: 'empty-value', text: 'ETCD_SNAPSHOT_COUNT=\n' },
	{ rule: 'empty-value', text: 'ETCD_INITIAL_CLUSTER=\n' },
	{ rule: 'empty-value', text: 'ETCD_DISCOVERY=""\n' },
	{ rule: 'invalid-value', text: 'ETCD_STRICT_RECONFIG_CHECK=yes\n' },
	{ rule: 'invalid-value', text: 'ETCD_HEARTBEAT_INTERVAL=100ms\n' },
	{ rule: 'invalid-value', text: 'ETCD_LOG_LEVEL=verbose\n' },
	{ rule: 'invalid-value', text: 'ETCD_AUTO_COMPACTION_RETENTION=1d\n' },
	{ rule: 'invalid-value', text: 'ETCD_AUTH_TOKEN=token\n' },
	{ rule: 'invalid-value', text: 'ETCD_AUTH_TOKEN=jwt,ttl\n' },
	{ rule: 'invalid-value', text: 'ETCD_AUTH_TOKEN=jwt,ttl=5m,ttl=6m\n' },
	{ rule: 'invalid-value', text: 'ETCD_SNAPSHOT_COUNT=-5\n' },
	{ rule: 'invalid-value', text: 'ETCD_SNAPSHOT_COUNT=09\n' },
	{ rule: 'invalid-value', text: 'ETCD_SNAPSHOT_COUNT=10k\n' },
	{ rule: 'invalid-value', text: 'ETCD_SNAPSHOT_COUNT=many\n' },
	{ rule: 'invalid-value', text: 'ETCD_SNAPSHOT_COUNT=99999999999999999999999\n' },
	{ rule: 'invalid-value', text: 'ETCD_GRPC_KEEPALIVE_INTERVAL=5\n' },
	{ rule: 'invalid-value', text: 'ETCD_GRPC_KEEPALIVE_INTERVAL=often\n' },
	{ rule: 'invalid-value', text: 'ETCD_FEATURE_GATES=NoSuchGate=true\n', version: '3.6' },
	{ rule: 'invalid-value', text: 'ETCD_FEATURE_GATES=StopGRPCServiceOnDefrag\n', version: '3.6' },
	{ rule: 'invalid-value', text: 'ETCD_FEATURE_GATES=StopGRPCServiceOnDefrag=maybe\n', version: '3.6' },
	{ rule: 'unchecked-value', text: 'ETCD_METRICS=full\n' },
	{ rule: 'timing', text: 'ETCD_HEARTBEAT_INTERVAL=0\n' },
	{ rule: 'timing', text: 'ETCD_ELECTION_TIMEOUT=0\n' },
	{ rule: 'timing', text: 'ETCD_ELECTION_TIMEOUT=60000\n' },
	{ rule: 'timing', text: 'ETCD_HEARTBEAT_INTERVAL=500\nETCD_ELECTION_TIMEOUT=1000\n' },
	{ rule: 'value-range', text: 'ETCD_BCRYPT_COST=50\n' },
	{ rule: 'value-range', text: 'ETCD_QUOTA_BACKEND_BYTES=10000000000\n' },
	{ rule: 'value-range', text: 'ETCD_QUOTA_BACKEND_BYTES=-1\n' },
	{ rule: 'value-range', text: 'ETCD_MAX_REQUEST_BYTES=20000000\n' },
	{ rule: 'value-range', text: 'ETCD_SNAPSHOT_COUNT=0\n' },
	{ rule: 'octal-number', text: 'ETCD_SNAPSHOT_COUNT=010\n' },
	{ rule: 'dangerous-switch', text: 'ETCD_FORCE_NEW_CLUSTER=true\n' },
	{ rule: 'dangerous-switch', text: 'ETCD_UNSAFE_NO_FSYNC=true\n' },
	{ rule: 'unknown-key', text: 'ETCD_NAMEE=pg1\n' },
	{ rule: 'unknown-key', text: 'ETCD_name=pg1\n' },
	{ rule: 'unknown-key', text: 'ETCD_QWERTYUIOPASDF=1\n' },
	{ rule: 'unavailable-option', text: 'ETCD_DISCOVERY_CERT=/etc/etcd/d.crt\n', version: '3.4' },
	{ rule: 'unavailable-option', text: 'ETCD_DEBUG=true\n', version: '3.6' },
	{ rule: 'unavailable-option', text: 'ETCD_LOG_OUTPUT=stderr\n', version: '3.6' },
	{ rule: 'unavailable-option', text: 'DAEMON_ARGS="--log-output=stderr"\n', version: '3.6' },
	{ rule: 'unavailable-option', text: 'ETCD_PROXY_DIAL_TIMEOUT=1000\n', version: '3.6' },
	{ rule: 'deprecated-option', text: 'ETCD_LOG_OUTPUT=stderr\n', version: '3.4' },
	{ rule: 'deprecated-option', text: 'ETCD_LOG_PACKAGE_LEVELS=etcdserver=DEBUG\n', version: '3.4' },
	{ rule: 'deprecated-option', text: 'ETCD_PROXY_DIAL_TIMEOUT=1000\n' },
	{ rule: 'legacy-option', text: 'ETCD_CONFIG=/etc/etcd/etcd.yml\n' },
	{ rule: 'legacy-option', text: 'ETCD_FORCE=true\n' },
	{ rule: 'legacy-option', text: 'DAEMON_ARGS="--force --name=pg1"\n' },
	{ rule: 'special-variable', text: 'DAEMON_ARGS="--version"\n' },
	{ rule: 'special-variable', text: 'ETCD_VERSION=3.4.23\n', version: '3.4' },
	{ rule: 'special-variable', text: 'ETCD_VERSION=true\n', version: '3.4' },
	{ rule: 'special-variable', text: 'ETCD_VERSION=3.5.9\n' },
	{ rule: 'special-variable', text: 'ETCD_VERIFY=all\n', version: '3.4' },
	{ rule: 'special-variable', text: 'ETCD_VERIFY=all\n' },
	{ rule: 'special-variable', text: 'ETCD_UNSUPPORTED_ARCH=arm64\n' },
	{ rule: 'special-variable', text: 'ETCD_UNSUPPORTED_ARCH=aarch64\n' },
	{ rule: 'special-variable', text: 'ETCD_UNSUPPORTED_ARCH=weird\n' },
	{ rule: 'conflicting-names', text: 'ETCD_EXPERIMENTAL_COMPACTION_BATCH_LIMIT=1000\nETCD_COMPACTION_BATCH_LIMIT=1000\n', version: '3.6' },
	{ rule: 'experimental-and-feature-gate', text: 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_ENABLED=true\nETCD_FEATURE_GATES=CompactHashCheck=true\n', version: '3.6' },
	{ rule: 'experimental-and-feature-gate', text: 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_ENABLED=true\nETCD_FEATURE_GATES=CompactHashCheckSoon=true\n', version: '3.6' },
	{ rule: 'config-file-ignores-others', text: 'ETCD_CONFIG_FILE=/etc/etcd/etcd.yml\nETCD_NAME=pg1\n' },
	{ rule: 'config-file-ignores-others', text: 'ETCD_CONFIG_FILE=/etc/etcd/etcd.yml\nETCD_NAME=pg1\nETCD_DATA_DIR=/d\nETCD_SNAPSHOT_COUNT=5\nETCD_LOG_LEVEL=info\n' },
	{ rule: 'flag-and-variable', text: 'ETCD_SNAPSHOT_COUNT=5\nDAEMON_ARGS="--snapshot-count=6"\n' },
	{ rule: 'flag-and-variable', text: 'DAEMON_ARGS="--data-dir=/var/lib/etcd/pg1"\n' },
	{ rule: 'unknown-flag', text: 'DAEMON_ARGS="--help"\n' },
	{ rule: 'unknown-flag', text: 'DAEMON_ARGS="--nmae=pg1"\n' },
	{ rule: 'unknown-flag', text: 'DAEMON_ARGS="--qwertyuiopasdf"\n' },
	{ rule: 'invalid-argument', text: 'DAEMON_ARGS="--snapshot-count"\n' },
	{ rule: 'invalid-argument', text: 'DAEMON_ARGS="--name=pg1 -- stray more"\n' },
	{ rule: 'invalid-argument', text: 'DAEMON_ARGS="--strict-reconfig-check false"\n' },
	{ rule: 'invalid-argument', text: 'DAEMON_ARGS="--initial-cluster=pg1=http://10.0.0.1:2380 pg2=http://10.0.0.2:2380"\n' },
];

function texts(test: Case, locale: Locale): string[] {
	const doc = parseDocument('file:///l10n-kv/etcd', test.text);
	const found = findProblems(doc, { version: test.version ?? '3.5', rules: {}, rulesDocBase: '', locale }).filter(f => f.rule.id === test.rule);
	// A related label that is only an option's name (timing points at the other key so) is no sentence to translate.
	return found.flatMap(({ problem }) => [problem.message, ...(problem.fixes ?? []).map(fix => fix.title), ...(problem.related ?? []).map(r => r.message)])
		.filter(text => !/^[A-Z][A-Z0-9_]*$|^--?[a-z][\w-]*$/.test(text));
}

describe('syntax, key and value rules in Russian', () => {
	for (const test of cases) {
		it(`${test.rule}: ${JSON.stringify(test.text)}`, () => {
			const ru = texts(test, 'ru');
			assert.ok(ru.length > 0, 'the case triggers the rule');
			assert.deepEqual(ru.filter(text => !cyrillic.test(text)), [], 'not Russian');
			assert.deepEqual(ru.filter(english), [], 'English left behind');
			const en = texts(test, 'en');
			assert.equal(en.length, ru.length);
			assert.deepEqual(en.filter(text => cyrillic.test(text)), [], 'Russian in English');
		});
	}
});
