import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupClusters } from '../../server/src/engine/cluster/groups';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { exampleCluster } from '../rules/clusterTest';

const doc = (uri: string, text: string) => parseDocument(uri, text);

describe('grouping member files into clusters', () => {
	it('puts the user\'s three files into one cluster', () => {
		const docs = Object.entries(exampleCluster()).map(([name, text]) => doc(`file:///${name}`, text));
		assert.deepEqual(groupClusters(docs).map(g => g.length), [3]);
	});
	it('keeps a member with another token in its cluster (it shares the peer URLs)', () => {
		const files = exampleCluster();
		files.pg3 = files.pg3.replace('etcd-cluster-1', 'other');
		assert.deepEqual(groupClusters(Object.values(files).map((t, i) => doc(`file:///${i}`, t))).map(g => g.length), [3]);
	});
	it('does not join clusters whose nodes merely share names', () => {
		const a = exampleCluster();
		const b = Object.values(exampleCluster()).map(t => t.replace(/192\.168\.45\./g, '10.9.9.').replace('etcd-cluster-1', 'b-token'));
		const groups = groupClusters([...Object.values(a), ...b].map((t, i) => doc(`file:///${i}`, t)));
		assert.deepEqual(groups.map(g => g.length), [3, 3]);
	});
	it('keeps a copy of the cluster on other addresses apart, even with the same token and names', () => {
		const staging = Object.values(exampleCluster()).map(t => t.replace(/192\.168\.45\./g, '10.1.1.'));
		const groups = groupClusters([...Object.values(exampleCluster()), ...staging].map((t, i) => doc(`file:///${i}`, t)));
		assert.deepEqual(groups.map(g => g.length), [3, 3]);
	});
	it('leaves a file without a cluster list alone', () => {
		assert.deepEqual(groupClusters([doc('file:///a', 'ETCD_NAME=a\n'), doc('file:///b', 'ETCD_NAME=a\n')]).map(g => g.length), [1, 1]);
	});
	it('compares URLs as etcd does: scheme and host case do not matter', () => {
		const a = doc('file:///a', 'ETCD_INITIAL_CLUSTER=a=HTTP://Node1:2380\n');
		const b = doc('file:///b', 'ETCD_INITIAL_CLUSTER=a=http://node1:2380\n');
		assert.deepEqual(groupClusters([a, b]).map(g => g.length), [2]);
	});
});
