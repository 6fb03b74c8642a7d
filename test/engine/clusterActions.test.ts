import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { clusterDocs, exampleCluster } from '../rules/clusterTest';
import { contextOf } from '../engineContext';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';

const refactorings = (doc: ConfigDocument, range: ReturnType<typeof line>, cluster: ConfigDocument[]) => codeActions(doc, { range, only: ['refactor'] }, contextOf(doc, {}, cluster));

const line = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n, character: 0 } });
const titles = (actions: CodeAction[]) => actions.map(a => a.title);

describe('refactorings across the cluster', () => {
	it('switches every member to existing with one edit', () => {
		const docs = clusterDocs(exampleCluster());
		const actions = refactorings(docs.pg3, line(8), [docs.pg1, docs.pg2]);
		const all = actions.find(a => a.title.startsWith('Switch every member to existing'));
		assert.ok(all, JSON.stringify(titles(actions)));
		assert.deepEqual(Object.keys(all.edit!.changes!).sort(), [docs.pg1.uri, docs.pg2.uri, docs.pg3.uri]);
		assert.ok(Object.values(all.edit!.changes!).flat().every(edit => edit.newText === '"existing"'));
	});
	it('adds a new member to every member\'s ETCD_INITIAL_CLUSTER', () => {
		const files = exampleCluster();
		const pg4 = files.pg3.replace(/192\.168\.45\.204/g, '192.168.45.205').replace('ETCD_NAME="pg3"', 'ETCD_NAME="pg4"')
			.replace('pg3=http://192.168.45.205:2380"', 'pg3=http://192.168.45.204:2380,pg4=http://192.168.45.205:2380"').replace('STATE="new"', 'STATE="existing"');
		const docs = clusterDocs({ ...files, pg4 });
		const actions = refactorings(docs.pg4, line(6), [docs.pg1, docs.pg2, docs.pg3]);
		const add = actions.find(a => a.title === 'Add pg4 to every member\'s ETCD_INITIAL_CLUSTER');
		assert.ok(add, JSON.stringify(titles(actions)));
		assert.deepEqual(Object.keys(add.edit!.changes!).sort(), [docs.pg1.uri, docs.pg2.uri, docs.pg3.uri]);
		assert.equal(add.edit!.changes![docs.pg1.uri][0].newText, '"pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380,pg4=http://192.168.45.205:2380"');
	});
	it('names the options as each file spells them: YAML keys, flags', () => {
		const yaml = parseDocument('file:///c/pg1/etcd.conf.yml', 'name: pg1\ninitial-cluster: pg1=http://10.0.0.1:2380\ninitial-cluster-state: new\n');
		assert.deepEqual(titles(refactorings(yaml, line(2), [])), ['Switch initial-cluster-state to existing']);
		const flags = parseDocument('file:///c/pg1/etcd', 'DAEMON_ARGS="--name pg1 --initial-cluster-state=existing"\n');
		assert.deepEqual(titles(refactorings(flags, line(0), [])), ['Switch --initial-cluster-state to new']);
		const docs = clusterDocs(exampleCluster());
		const pg4 = parseDocument('file:///c/pg4/etcd.conf.yml', 'name: pg4\ninitial-cluster: pg1=http://192.168.45.201:2380,pg4=http://192.168.45.205:2380\n');
		const add = titles(refactorings(pg4, line(1), [docs.pg1])).find(title => title.startsWith('Add'));
		assert.equal(add, 'Add pg4 to every member\'s initial-cluster');
	});
	it('offers nothing across files for a file alone', () => {
		const docs = clusterDocs(exampleCluster());
		assert.deepEqual(titles(refactorings(docs.pg3, line(8), [])), ['Switch ETCD_INITIAL_CLUSTER_STATE to existing']);
	});
});
