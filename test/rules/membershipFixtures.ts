/** The user's pg3 file, as the membership tests vary it. */
export const pg3 = [
	'ETCD_NAME="pg3"',
	'ETCD_DATA_DIR="/var/lib/etcd"',
	'ETCD_LISTEN_CLIENT_URLS="http://192.168.45.204:2379,http://127.0.0.1:2379"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://192.168.45.204:2379"',
	'ETCD_LISTEN_PEER_URLS="http://192.168.45.204:2380"',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.204:2380"',
	'ETCD_INITIAL_CLUSTER="pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.204:2380"',
	'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"',
	'ETCD_INITIAL_CLUSTER_STATE="new"',
	'',
].join('\n');

/** pg3 with one line replaced (matched by its key). */
export function pg3With(key: string, line: string): string {
	return pg3.split('\n').map(l => l.startsWith(key + '=') ? line : l).join('\n');
}
