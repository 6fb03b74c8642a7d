import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupClusters } from '../../server/src/engine/cluster/groups';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { diagnose } from '../engineContext';
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
		const a = doc('file:///a', 'ETCD_INITIAL_CLUSTER=a=HTTP://Node1:2380,b=http://node2:2380\n');
		const b = doc('file:///b', 'ETCD_INITIAL_CLUSTER=a=http://node1:2380,b=http://node2:2380\n');
		assert.deepEqual(groupClusters([a, b]).map(g => g.length), [2]);
	});
	it('never joins on a shared address alone: lone members on 127.0.0.1, guides that reuse an IP for other members', () => {
		const lone = (name: string) => doc(`file:///${name}`, `ETCD_NAME=${name}\nETCD_INITIAL_CLUSTER=${name}=http://127.0.0.1:2380\n`);
		assert.deepEqual(groupClusters([lone('dev'), lone('audit'), lone('default'), lone('default')]).map(g => g.length), [1, 1, 1, 1]);
		const guideA = doc('file:///a', 'ETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380\n');
		const guideB = doc('file:///b', 'ETCD_INITIAL_CLUSTER=node1=http://10.0.0.1:2380,node2=http://10.0.0.2:2380\n');
		assert.deepEqual(groupClusters([guideA, guideB]).map(g => g.length), [1, 1]);
	});
	it('counts tokens: the same members under other tokens with other lists are other clusters; one token typo is not', () => {
		const member = (uri: string, token: string, extra = '') => doc(uri, `ETCD_INITIAL_CLUSTER=etcd1=http://10.0.0.1:2380,etcd2=http://10.0.0.2:2380${extra}\nETCD_INITIAL_CLUSTER_TOKEN=${token}\n`);
		assert.deepEqual(groupClusters([member('file:///a', 'prod'), member('file:///b', 'lab', ',etcd3=http://10.0.0.3:2380')]).map(g => g.length), [1, 1]);
		assert.deepEqual(groupClusters([member('file:///a', 'prod'), member('file:///b', 'prod'), member('file:///c', 'prod_')]).map(g => g.length), [3]);
	});
	it('keeps a template, an untitled buffer and files of other places apart', () => {
		const text = exampleCluster().pg1;
		assert.deepEqual(groupClusters([doc('file:///a/etcd', text), doc('file:///t/etcd.j2', text), doc('untitled:Untitled-1', text)]).map(g => g.length), [1, 1, 1]);
		const places = [doc('file:///one/pg1/etcd', text), doc('file:///two/pg1/etcd', text)];
		assert.deepEqual(groupClusters(places, d => ({ scope: d.uri.split('/')[3] })).map(g => g.length), [1, 1]);
	});
	it('takes the user\'s word: files that name the same cluster join, and join nothing else', () => {
		const [pg1, pg2, pg3] = Object.values(exampleCluster());
		const named = [doc('file:///1', `# etcd-cluster: prod\n${pg1}`), doc('file:///2', 'ETCD_NAME=x\n# etcd-cluster: prod\n'), doc('file:///3', pg2), doc('file:///4', pg3)];
		assert.deepEqual(groupClusters(named).map(g => g.map(d => d.uri.slice(-1))), [['1', '2'], ['3', '4']]);
		const bySetting = groupClusters([doc('file:///a', 'ETCD_NAME=a\n'), doc('file:///b', 'ETCD_NAME=b\n')], () => ({ stated: 'lab' }));
		assert.deepEqual(bySetting.map(g => g.length), [2]);
	});
});

describe('one member described twice', () => {
	it('counts an env file and its YAML twin once: neither is the other\'s sibling, and no duplicate name is reported', () => {
		const files = exampleCluster();
		const env = doc('file:///c/pg1/etcd', files.pg1);
		const yaml = doc('file:///c/pg1/etcd.conf.yml', 'name: pg1\ninitial-advertise-peer-urls: http://192.168.45.201:2380\ninitial-cluster: pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380\ninitial-cluster-token: etcd-cluster-1\n');
		const pg2 = doc('file:///c/pg2/etcd', files.pg2);
		const index = indexClusters([env, yaml, pg2]);
		assert.deepEqual(siblingsOf(index, env.uri).map(d => d.uri), [pg2.uri]);
		assert.deepEqual(siblingsOf(index, pg2.uri).map(d => d.uri), [env.uri]);
		assert.ok(!diagnose(env, {}, siblingsOf(index, env.uri)).some(d => d.code === 'duplicate-member-name'));
	});
});
