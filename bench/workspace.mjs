// Generates a workspace of etcd clusters for the benchmarks: `clusters` clusters of three member files each,
// laid out as <root>/cluster-<n>/pg<m>/etcd, every cluster on its own addresses and with its own token.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function memberFile(cluster, member) {
	const ip = m => `10.${(cluster >> 8) & 255}.${cluster & 255}.${m}`;
	const list = [1, 2, 3].map(m => `pg${m}=http://${ip(m)}:2380`).join(',');
	return [
		`## /etc/default/etcd on pg${member} of cluster ${cluster}`,
		`ETCD_NAME="pg${member}"`,
		'ETCD_DATA_DIR="/var/lib/etcd"',
		`ETCD_LISTEN_CLIENT_URLS="http://${ip(member)}:2379,http://127.0.0.1:2379"`,
		`ETCD_ADVERTISE_CLIENT_URLS="http://${ip(member)}:2379"`,
		`ETCD_LISTEN_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_CLUSTER="${list}"`,
		`ETCD_INITIAL_CLUSTER_TOKEN="cluster-${cluster}"`,
		'ETCD_INITIAL_CLUSTER_STATE="new"',
		'',
	].join('\n');
}

export function writeWorkspace(root, clusters) {
	for (let cluster = 0; cluster < clusters; cluster++) {
		for (const member of [1, 2, 3]) {
			const directory = join(root, `cluster-${cluster}`, `pg${member}`);
			mkdirSync(directory, { recursive: true });
			writeFileSync(join(directory, 'etcd'), memberFile(cluster, member));
		}
	}
}
