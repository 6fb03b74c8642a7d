// A workspace of etcd clusters for the benchmarks: `clusters` clusters of three member files each, laid out as
// <root>/cluster-<n>/pg<m>/etcd, every cluster on its own addresses and with its own token. The files are what
// `etcd: New Cluster…` writes (the engine's newClusterFiles, built by tsc into out/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { newClusterFiles } = require(join(import.meta.dirname, '..', 'out', 'server', 'src', 'engine', 'features', 'newCluster.js'));

export function clusterFiles(cluster) {
	const members = [1, 2, 3].map(m => ({ name: `pg${m}`, host: `10.${(cluster >> 8) & 255}.${cluster & 255}.${m}` }));
	return newClusterFiles({ members, clientPort: 2379, peerPort: 2380, tls: false, token: `cluster-${cluster}` });
}

export function memberFile(cluster, member) {
	return clusterFiles(cluster)[member - 1].text;
}

export function writeWorkspace(root, clusters) {
	for (let cluster = 0; cluster < clusters; cluster++) {
		for (const file of clusterFiles(cluster)) {
			const path = join(root, `cluster-${cluster}`, file.path);
			mkdirSync(join(path, '..'), { recursive: true });
			writeFileSync(path, file.text);
		}
	}
}
