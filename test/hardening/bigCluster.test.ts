import { validate } from '../../server/src/engine/validate/validate';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { ConfigDocument } from '../../server/src/engine/model/configDocument';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { copyOfPg1 } from '../fixtures';
import { documentContext, type EngineSettings } from '../../server/src/engine/validate/context';

const settings: EngineSettings = { version: '3.5', newToken: () => '0123456789abcdef' };

/** Member files that all list one member (pg1 at its peer URL): names, tokens and timings vary. */
function mixedMember(i: number): string {
	const host = `10.${(i >> 8) & 255}.${i & 255}.1`;
	return [`ETCD_NAME="m${i % 7}"`, `ETCD_LISTEN_PEER_URLS="http://${host}:2380"`, `ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${host}:2380"`,
		`ETCD_LISTEN_CLIENT_URLS="http://${i % 5 ? host : '0.0.0.0'}:2379"`, `ETCD_INITIAL_CLUSTER="pg1=http://192.168.45.201:2380,m${i % 7}=http://${host}:2380"`,
		`ETCD_INITIAL_CLUSTER_TOKEN="${i % 3 ? 'a' : 'b'}"`, `ETCD_HEARTBEAT_INTERVAL=${100 + (i % 4)}`, `ETCD_INITIAL_CLUSTER_STATE=${i % 6 ? 'new' : 'existing'}`, ''].join('\n');
}

const shown = (diagnostics: ReturnType<typeof validate>) => JSON.stringify(diagnostics);

describe('a cluster of thousands of member files', () => {
	it('3,000 members that claim one name: validated in seconds, each finding lists at most 10 related places and counts the rest', () => {
		const docs = Array.from({ length: 3000 }, (_, i) => parseDocument(`file:///copies/m${i}/etcd`, copyOfPg1(i)));
		const started = performance.now();
		const index = indexClusters(docs);
		let size = 0;
		for (const doc of docs) {
			const diagnostics = validate(doc, documentContext(doc, settings, siblingsOf(index, doc.uri)));
			for (const d of diagnostics) assert.ok((d.relatedInformation?.length ?? 0) <= 10, `${d.code}: ${d.relatedInformation?.length}`);
			size += shown(diagnostics).length;
			if (doc === docs[0]) {
				const name = diagnostics.find(d => d.code === 'duplicate-member-name');
				assert.equal(name?.relatedInformation?.at(-1)?.message, 'and 2990 more');
				assert.match(String(diagnostics.find(d => d.code === 'port-clash')?.message), /^pg1, pg1, pg1 and 2996 others on the same host also listen on port/);
			}
		}
		const seconds = (performance.now() - started) / 1000;
		// About a second on an idle machine; before, 300 copies took 16 s and 1,000 ran out of memory.
		assert.ok(seconds < 60, `${seconds.toFixed(1)} s`);
		assert.ok(size / docs.length < 20_000, `${(size / docs.length).toFixed(0)} bytes of diagnostics per file`);
	});

	it('finds the same whether the siblings come from siblingsOf, from another array of the same files, or the cluster is small', () => {
		const docs = Array.from({ length: 40 }, (_, i) => parseDocument(`file:///mixed/m${String(i).padStart(2, '0')}/etcd`, mixedMember(i)));
		const index = indexClusters(docs);
		// Files whose tokens differ and whose lists differ too are two clusters: the 14 with token b, the 26 with a.
		for (const [i, doc] of docs.entries()) {
			const siblings = siblingsOf(index, doc.uri);
			assert.equal(siblings.length, i % 3 ? 25 : 13);
			assert.equal(shown(validate(doc, documentContext(doc, settings, [...siblings]))), shown(validate(doc, documentContext(doc, settings, siblings))), doc.uri);
		}
		// The same rules over a cluster too small to be remembered: the first 12 files on their own.
		const small = docs.slice(0, 12);
		const smallIndex = indexClusters(small);
		for (const doc of small) {
			const siblings = siblingsOf(smallIndex, doc.uri);
			assert.equal(shown(validate(doc, documentContext(doc, settings, siblings))), shown(validate(doc, documentContext(doc, settings, [...siblings]))));
		}
	});

	it('checks a newer text of a file against the cluster, not the text the index was built from', () => {
		const docs = Array.from({ length: 30 }, (_, i) => parseDocument(`file:///edit/m${String(i).padStart(2, '0')}/etcd`, mixedMember(i * 7)));
		const index = indexClusters(docs);
		const edited: ConfigDocument = parseDocument(docs[0].uri, docs[0].text.replace('ETCD_NAME="m0"', 'ETCD_NAME="unique"'));
		const before = validate(docs[0], documentContext(docs[0], settings, siblingsOf(index, docs[0].uri)));
		assert.ok(before.some(d => d.code === 'duplicate-member-name'));
		const after = validate(edited, documentContext(edited, settings, siblingsOf(index, edited.uri)));
		assert.ok(!after.some(d => d.code === 'duplicate-member-name'), shown(after));
	});
});
