import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { complete } from '../../server/src/engine/features/completion';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { mark } from '../markers';
import { clusterDocs, exampleCluster } from '../rules/clusterTest';
import { contextOf } from '../engineContext';

function completeAt(source: string, siblings = [] as ReturnType<typeof parseDocument>[]): CompletionItem[] {
	const { text, cursor } = mark(source);
	const doc = parseDocument('file:///x/etcd', text);
	return complete(doc, cursor!, contextOf(doc, { newToken: () => 'feedc0de12345678' }, siblings));
}
const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('completion', () => {
	it('offers ETCD_INITIAL_CLUSTER_STATE after ETCD_INITIAL_CLUSTER_ST, with documentation and =""', () => {
		const items = completeAt('ETCD_NAME=a\nETCD_INITIAL_CLUSTER_ST‸');
		const state = items.find(i => i.label === 'ETCD_INITIAL_CLUSTER_STATE');
		assert.ok(state);
		assert.deepEqual(state.textEdit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 23 } }, newText: 'ETCD_INITIAL_CLUSTER_STATE="$1"' });
		assert.match((state.documentation as { value: string }).value, /existing/);
	});
	it('leaves out keys already set and keys the version does not have', () => {
		const items = labels(completeAt('ETCD_NAME=a\n‸'));
		assert.ok(!items.includes('ETCD_NAME'));
		assert.ok(!items.includes('ETCD_DEBUG'), 'removed in 3.5');
		assert.ok(items.includes('ETCD_DATA_DIR'));
	});
	it('offers new and existing after ETCD_INITIAL_CLUSTER_STATE=', () => {
		assert.deepEqual(labels(completeAt('ETCD_INITIAL_CLUSTER_STATE=‸')), ['new', 'existing']);
		assert.deepEqual(labels(completeAt('ETCD_INITIAL_CLUSTER_STATE="ex‸"')), ['new', 'existing']);
	});
	it('offers enum values and booleans', () => {
		assert.ok(labels(completeAt('ETCD_LOG_LEVEL=‸')).includes('debug'));
		assert.deepEqual(labels(completeAt('ETCD_AUTO_COMPACTION_MODE=‸')), ['periodic', 'revision']);
		assert.deepEqual(labels(completeAt('ETCD_ENABLE_PPROF=‸')), ['true', 'false']);
	});
	it('builds the whole ETCD_INITIAL_CLUSTER from the cluster\'s member files', () => {
		const docs = clusterDocs(exampleCluster());
		const pg3Text = exampleCluster().pg3.replace(/ETCD_INITIAL_CLUSTER="[^"]*"/, 'ETCD_INITIAL_CLUSTER="‸"');
		const items = completeAt(pg3Text, [docs.pg1, docs.pg2]);
		assert.deepEqual(labels(items), ['pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380']);
	});
	it('offers member names without a file, and a fresh token', () => {
		const docs = clusterDocs(exampleCluster());
		assert.deepEqual(labels(completeAt('ETCD_INITIAL_CLUSTER="pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380"\nETCD_NAME=‸', [docs.pg1, docs.pg2])), ['pg3']);
		const [token] = completeAt('ETCD_INITIAL_CLUSTER_TOKEN="‸"');
		assert.equal(token.textEdit?.newText, 'feedc0de12345678');
	});
	it('replaces the whole token with a fresh one, from anywhere in the value, and keeps the item whatever was typed', () => {
		for (const source of ['ETCD_INITIAL_CLUSTER_TOKEN="‸etcd-cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-‸cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1‸"']) {
			const [token] = completeAt(source);
			assert.deepEqual(token.textEdit, { range: { start: { line: 0, character: 28 }, end: { line: 0, character: 42 } }, newText: 'feedc0de12345678' }, source);
			assert.equal(token.filterText, source.slice(28, source.indexOf('‸')));
		}
		const [yaml] = (() => {
			const { text, cursor } = mark('name: a\ninitial-cluster-token: old-‸token\n');
			const doc = parseDocument('file:///x/etcd.conf.yml', text);
			return complete(doc, cursor!, contextOf(doc, { newToken: () => 'feedc0de12345678' }));
		})();
		assert.deepEqual(yaml.textEdit, { range: { start: { line: 1, character: 23 }, end: { line: 1, character: 32 } }, newText: 'feedc0de12345678' });
	});
	it('offers URLs on the addresses the file already uses, after the last comma', () => {
		const items = completeAt('ETCD_LISTEN_PEER_URLS="http://10.0.0.5:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.5:2380,‸"');
		assert.equal(items[0].label, 'http://10.0.0.5:2380');
		assert.deepEqual(items[0].textEdit && 'range' in items[0].textEdit ? items[0].textEdit.range.start : undefined, { line: 1, character: 55 });
	});
	it('offers a whole member file in an empty file', () => {
		assert.ok(labels(completeAt('‸')).includes('etcd member file'));
	});
});

describe('completion of numbers, sizes and durations', () => {
	const detail = (items: CompletionItem[]) => items.map(i => [i.label, i.detail]);
	it('offers the default in milliseconds inside empty quotes, never a duration etcd refuses', () => {
		assert.deepEqual(detail(completeAt('ETCD_HEARTBEAT_INTERVAL="‸"')), [['100', 'etcd\'s default: 100 ms']]);
		assert.deepEqual(labels(completeAt('ETCD_ELECTION_TIMEOUT=‸')), ['1000']);
	});
	it('offers a size with its meaning, and the value a zero default stands for', () => {
		assert.deepEqual(detail(completeAt('ETCD_MAX_REQUEST_BYTES=‸')), [['1572864', 'etcd\'s default: 1.5 MiB']]);
		assert.deepEqual(detail(completeAt('ETCD_QUOTA_BACKEND_BYTES=\'‸\'')), [['0', 'etcd\'s default: 0 B'], ['2147483648', 'what the default means: 2 GiB']]);
	});
	it('offers a Go duration in an env file and nanoseconds in a YAML file', () => {
		assert.deepEqual(labels(completeAt('ETCD_GRPC_KEEPALIVE_INTERVAL=‸')), ['2h0m0s']);
		const { text, cursor } = mark('name: a\ngrpc-keepalive-interval: ‸\n');
		const doc = parseDocument('file:///x/etcd.conf.yml', text);
		assert.deepEqual(labels(complete(doc, cursor!, contextOf(doc))), ['7200000000000']);
	});
	it('speaks Russian under ru', () => {
		const { text, cursor } = mark('ETCD_SNAPSHOT_COUNT=‸');
		const doc = parseDocument('file:///x/etcd', text);
		const [item] = complete(doc, cursor!, contextOf(doc, { locale: 'ru' }));
		assert.match(item.detail ?? '', /^значение etcd по умолчанию/);
	});
	it('offers this member\'s own peer address from the cluster list before any URL is written', () => {
		const items = completeAt('ETCD_NAME=pg3\nETCD_INITIAL_CLUSTER="pg1=http://10.1.0.1:2380,pg3=http://10.1.0.3:2380"\nETCD_LISTEN_PEER_URLS="‸"');
		assert.equal(items[0].label, 'http://10.1.0.3:2380');
		assert.ok(!labels(items).includes('http://10.1.0.1:2380'), 'another member\'s address');
	});
});
