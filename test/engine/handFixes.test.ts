import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { editSummaryCommand } from '../../server/src/engine/features/editSummary';
import { fixText } from '../../server/src/engine/features/fixAll';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { clusterDocs, exampleCluster } from '../rules/clusterTest';
import { contextOf } from '../engineContext';

let drawn = 0;
const newToken = () => `fresh${++drawn}`;

function actionsOnLine(doc: ConfigDocument, cluster: ConfigDocument[], line: number, locale: 'en' | 'ru' = 'en'): CodeAction[] {
	return codeActions(doc, { range: { start: { line, character: 0 }, end: { line, character: 999 } } }, contextOf(doc, { newToken, locale }, cluster));
}

const lineOf = (doc: ConfigDocument, key: string) => doc.text.split('\n').findIndex(text => text.startsWith(`${key}=`));

describe('fixes where the hand goes', () => {
	it('offers a new token on any token value, and for a founding cluster the same new token in every member', () => {
		const docs = clusterDocs(exampleCluster());
		const actions = actionsOnLine(docs.pg3, [docs.pg1, docs.pg2], lineOf(docs.pg3, 'ETCD_INITIAL_CLUSTER_TOKEN'));
		const here = actions.find(a => a.title === 'Generate a new cluster token')!;
		assert.match(here.edit!.changes![docs.pg3.uri][0].newText, /^"fresh\d+"$/);
		const everywhere = actions.find(a => a.title === 'Generate a new cluster token and use it on every member')!;
		const edits = Object.values(everywhere.edit!.changes!).flat();
		assert.equal(edits.length, 3);
		assert.equal(new Set(edits.map(e => e.newText)).size, 1, 'one token for all');
		assert.equal(everywhere.command?.command, editSummaryCommand);
		assert.match(String(everywhere.command?.arguments?.[0]), /^This edit changed 3 files: pg1\/etcd, pg2\/etcd, pg3\/etcd\.$/);
	});

	it('does not hand a new token to every member of a cluster that has started (a member says existing)', () => {
		const files = exampleCluster();
		const docs = clusterDocs({ ...files, pg1: files.pg1.replace('STATE="new"', 'STATE="existing"') });
		const titles = actionsOnLine(docs.pg3, [docs.pg1, docs.pg2], lineOf(docs.pg3, 'ETCD_INITIAL_CLUSTER_TOKEN')).map(a => a.title);
		assert.ok(titles.includes('Generate a new cluster token'));
		assert.ok(!titles.includes('Generate a new cluster token and use it on every member'));
	});

	it('says in Russian which files an edit of the cluster changed', () => {
		const docs = clusterDocs(exampleCluster());
		const all = actionsOnLine(docs.pg3, [docs.pg1, docs.pg2], lineOf(docs.pg3, 'ETCD_INITIAL_CLUSTER_STATE'), 'ru').find(a => a.command)!;
		assert.equal(all.command!.arguments![0], 'Эта правка изменила 3 файла: pg1/etcd, pg2/etcd, pg3/etcd.');
	});

	it('offers this member\'s own address first where a listen URL names a host', () => {
		const doc = parseDocument('file:///h/etcd', 'ETCD_LISTEN_PEER_URLS="http://pg3:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"\n');
		const titles = actionsOnLine(doc, [], 0).filter(a => a.kind === 'quickfix').map(a => a.title);
		assert.deepEqual(titles.slice(0, 2), ['Listen on this member\'s address 192.168.45.204', 'Listen on every address (0.0.0.0)']);
	});

	it('puts every fix with one right answer in Fix All: 100ms becomes 100', () => {
		const fixed = fixText('file:///f/etcd', 'ETCD_HEARTBEAT_INTERVAL="100ms"\nETCD_ELECTION_TIMEOUT=1s\n', { version: '3.5' });
		assert.equal(fixed, 'ETCD_HEARTBEAT_INTERVAL="100"\nETCD_ELECTION_TIMEOUT=1000\n');
	});
});
