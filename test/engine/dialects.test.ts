import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSetting, dialectOf, removeSetting, replaceValue } from '../../server/src/engine/dialects';
import type { ConfigDocument, Setting } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

/*
 * Every dialect × every operation, parsed back: what a setting reads after the edit, and that every other setting
 * reads as before. A carrier inside another setting (a flag inside DAEMON_ARGS's quotes) is where edits go wrong.
 */

interface Carrier {
	readonly name: string;
	readonly uri: string;
	readonly text: string;
	/** The key of the setting the operations work on, and of a setting to add after it. */
	readonly key: string;
	readonly adds: { readonly option: string; readonly key: string };
}

const env = 'file:///d/etcd';
const yaml = 'file:///d/etcd.conf.yml';
const carriers: readonly Carrier[] = [
	{ name: 'an env line, double-quoted', uri: env, text: 'ETCD_NAME="pg1"\nETCD_DATA_DIR="/var/lib/etcd"\nETCD_SNAPSHOT_COUNT=5\n', key: 'ETCD_DATA_DIR', adds: { option: 'initial-cluster-token', key: 'ETCD_INITIAL_CLUSTER_TOKEN' } },
	{ name: 'an env line, single-quoted, CRLF', uri: env, text: 'ETCD_NAME=\'pg1\'\r\nETCD_DATA_DIR=\'/var/lib/etcd\'\r\n', key: 'ETCD_DATA_DIR', adds: { option: 'initial-cluster-token', key: 'ETCD_INITIAL_CLUSTER_TOKEN' } },
	{ name: 'an env line, bare, last without line end', uri: env, text: 'ETCD_NAME=pg1\nETCD_DATA_DIR=/var/lib/etcd', key: 'ETCD_DATA_DIR', adds: { option: 'initial-cluster-token', key: 'ETCD_INITIAL_CLUSTER_TOKEN' } },
	{ name: 'a flag in double-quoted DAEMON_ARGS', uri: env, text: 'ETCD_NAME=pg1\nDAEMON_ARGS="--data-dir /var/lib/etcd --snapshot-count=5"\n', key: '--data-dir', adds: { option: 'initial-cluster-token', key: '--initial-cluster-token' } },
	{ name: 'a flag in single-quoted DAEMON_ARGS', uri: env, text: 'ETCD_NAME=pg1\nDAEMON_ARGS=\'--snapshot-count=5 --data-dir=/var/lib/etcd\'\n', key: '--data-dir', adds: { option: 'initial-cluster-token', key: '--initial-cluster-token' } },
	{ name: 'a flag in bare DAEMON_ARGS', uri: env, text: 'ETCD_NAME=pg1\nDAEMON_ARGS=--data-dir=/var/lib/etcd --snapshot-count 5\n', key: '--data-dir', adds: { option: 'initial-cluster-token', key: '--initial-cluster-token' } },
	{ name: 'a switch alone in DAEMON_ARGS', uri: env, text: 'DAEMON_ARGS="--name pg1 --auto-tls --data-dir /x"\n', key: '--auto-tls', adds: { option: 'initial-cluster-token', key: '--initial-cluster-token' } },
	{ name: 'a top-level YAML key', uri: yaml, text: 'name: pg1\ndata-dir: /var/lib/etcd\nsnapshot-count: 5\n', key: 'data-dir', adds: { option: 'initial-cluster-token', key: 'initial-cluster-token' } },
	{ name: 'a YAML key in a section, indented mapping', uri: yaml, text: '  name: pg1\n  client-transport-security:\n    cert-file: /c.crt\n    key-file: /k.key\n', key: 'client-transport-security.cert-file', adds: { option: 'client-cert-auth', key: 'client-transport-security.client-cert-auth' } },
];

/** Each setting as `key=value`, in file order. */
const readings = (doc: ConfigDocument) => doc.settings.map(s => `${s.key}=${s.value}`);
const find = (doc: ConfigDocument, key: string): Setting => doc.settings.find(s => s.key === key)!;
/** What every setting but `key` reads, and the carrier of flags (which edits of a flag rewrite). */
const others = (doc: ConfigDocument, key: string) => doc.settings.filter(s => s.key !== key && s.key !== 'DAEMON_ARGS').map(s => `${s.key}=${s.value}`);

/** Values that need quoting somewhere: blanks, quotes of both kinds, a dollar, a backslash. */
const values = (key: string) => key.includes('auto-tls') ? ['false', 'true'] : ['/srv/etcd', '/path with blanks', 'it\'s "quoted" $HOME \\ here'];

describe('the dialects, operation by operation', () => {
	for (const carrier of carriers) {
		const doc = parseDocument(carrier.uri, carrier.text);
		const setting = find(doc, carrier.key);

		it(`${carrier.name}: a new value reads back, its neighbours unchanged`, () => {
			for (const value of values(carrier.key)) {
				// A YAML scalar of a string option takes any text; in a flag a value may not hold a line break.
				const after = parseDocument(carrier.uri, applyChanges(doc.text, [replaceValue(doc, setting, value)]));
				assert.equal(find(after, carrier.key)?.value, value, `${carrier.name}: ${value}`);
				assert.deepEqual(others(after, carrier.key), others(doc, carrier.key));
			}
		});

		it(`${carrier.name}: removed, the rest reads as before`, () => {
			const after = parseDocument(carrier.uri, applyChanges(doc.text, [removeSetting(doc, setting)]));
			assert.equal(after.settings.some(s => s.key === carrier.key), false);
			assert.deepEqual(others(after, carrier.key), others(doc, carrier.key));
		});

		it(`${carrier.name}: a setting added after it, in its carrier, reads back and is spelled as the title says`, () => {
			const added = addSetting(doc, setting, carrier.adds.option, 'tok en"1')!;
			assert.ok(added, 'the carrier has room');
			const after = parseDocument(carrier.uri, applyChanges(doc.text, [added.change]));
			assert.equal(find(after, carrier.adds.key)?.value, 'tok en"1');
			assert.ok(added.text.startsWith(dialectOf(setting).spell(carrier.adds.option, setting)), added.text);
			assert.deepEqual(readings(after).filter(r => !r.startsWith(`${carrier.adds.key}=`) && !r.startsWith('DAEMON_ARGS=')), readings(doc).filter(r => !r.startsWith('DAEMON_ARGS=')));
			// The line ends of the file stay what they were.
			assert.equal(after.text.includes('\r\n'), doc.text.includes('\r\n'));
		});

		it(`${carrier.name}: says where it is and whether it is given`, () => {
			const words = { onLine: (line: number) => `line ${line}`, inArgs: 'in DAEMON_ARGS' };
			const where = dialectOf(setting).where(doc, setting, words);
			assert.match(where, dialectOf(setting).unit === 'flag' ? /DAEMON_ARGS/ : /^line \d+$/);
			assert.equal(dialectOf(setting).isGiven(setting), true);
			const span = dialectOf(setting).writtenSpan(setting);
			assert.ok(doc.text.slice(span.start, span.end).includes(carrier.key.split('.').pop()!));
		});
	}
});
