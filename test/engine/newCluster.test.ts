import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { etcdVersions } from '../../server/src/engine/etcd/options';
import { checkRequest, memberFileAmong, newClusterFiles, proposedClusterFolder, type NewClusterRequest } from '../../server/src/engine/features/newCluster';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { diagnose } from '../engineContext';

const base: NewClusterRequest = {
	members: [{ name: 'pg1', host: '10.0.0.1' }, { name: 'pg2', host: '10.0.0.2' }, { name: 'pg3', host: '10.0.0.3' }],
	clientPort: 2379, peerPort: 2380, tls: false, token: '5a3f1d8c9e2b7a6d',
};

function problemsOf(request: NewClusterRequest, version: typeof etcdVersions[number]): string[] {
	const docs = newClusterFiles(request).map(file => parseDocument(`file:///new/${file.path}`, file.text));
	const clusters = indexClusters(docs);
	assert.equal(clusters.get(docs[0].uri)?.length, docs.length, 'one cluster');
	return docs.flatMap(doc => diagnose(doc, { version }, siblingsOf(clusters, doc.uri))
		// Clean: nothing underlined. `new` is right before the first start; its reminder is a hint, not a squiggle.
		.filter(d => d.severity !== DiagnosticSeverity.Hint)
		.map(d => `${doc.uri}: ${d.code} ${d.message}`));
}

describe('etcd: New Cluster…', () => {
	for (const version of etcdVersions) {
		it(`makes a cluster that validates clean on etcd ${version}, plain and with TLS, by IP and by host name`, () => {
			assert.deepEqual(problemsOf(base, version), []);
			assert.deepEqual(problemsOf({ ...base, tls: true }, version), []);
			assert.deepEqual(problemsOf({ ...base, members: [{ name: 'a', host: 'etcd-a.example' }, { name: 'b', host: 'etcd-b.example' }, { name: 'c', host: 'etcd-c.example' }] }, version), []);
		});
	}
	it('writes one file per member with the same list and token', () => {
		const files = newClusterFiles(base);
		assert.deepEqual(files.map(f => f.path), ['pg1/etcd', 'pg2/etcd', 'pg3/etcd']);
		for (const file of files) {
			assert.match(file.text, /ETCD_INITIAL_CLUSTER="pg1=http:\/\/10\.0\.0\.1:2380,pg2=http:\/\/10\.0\.0\.2:2380,pg3=http:\/\/10\.0\.0\.3:2380"\n/);
			assert.match(file.text, /ETCD_INITIAL_CLUSTER_TOKEN="5a3f1d8c9e2b7a6d"\n/);
		}
	});
	it('refuses requests that cannot make a cluster', () => {
		assert.match(checkRequest({ ...base, members: [] }) ?? '', /at least one/);
		assert.match(checkRequest({ ...base, members: [{ name: 'a b', host: '10.0.0.1' }] }) ?? '', /names/);
		assert.match(checkRequest({ ...base, members: [{ name: 'a', host: '10.0.0.1' }, { name: 'a', host: '10.0.0.2' }] }) ?? '', /own/);
		assert.match(checkRequest({ ...base, members: [{ name: 'a', host: '0.0.0.0' }] }) ?? '', /address/);
		assert.equal(checkRequest(base), undefined);
	});
});

describe('the folder the new-cluster wizard proposes', () => {
	it('is the folder that holds the members\' folders when a member file is in front, never that member\'s folder', () => {
		assert.equal(proposedClusterFolder('/ws/inventory/pg3/etcd', '/ws'), '/ws/inventory');
		assert.equal(proposedClusterFolder('/ws/pg3/etcd.conf.yml', '/ws'), '/ws');
	});
	it('is the workspace folder otherwise, and never above it', () => {
		assert.equal(proposedClusterFolder('/ws/notes.md', '/ws'), '/ws');
		assert.equal(proposedClusterFolder(undefined, '/ws'), '/ws');
		assert.equal(proposedClusterFolder('/ws/etcd', '/ws'), '/ws');
		assert.equal(proposedClusterFolder('/ws2/pg1/etcd', '/ws'), '/ws');
		assert.equal(proposedClusterFolder('/srv/pg1/etcd', undefined), '/srv');
	});
	it('refuses a folder that is a member\'s own', () => {
		assert.equal(memberFileAmong(['README.md', 'etcd']), 'etcd');
		assert.equal(memberFileAmong(['README.md', 'hosts.ini']), undefined);
	});
});
