import { isEtcdFilePath } from '../parse/fileNames';

/** What `etcd: New Cluster…` asks for. */
export interface NewClusterRequest {
	readonly members: readonly { readonly name: string; readonly host: string }[];
	readonly clientPort: number;
	readonly peerPort: number;
	readonly tls: boolean;
	/** A fresh random token (the front end draws it). */
	readonly token: string;
}

export interface NewFile {
	/** Relative to the folder the user picked: `<member>/etcd`. */
	readonly path: string;
	readonly text: string;
}

/** Why a request cannot make a cluster, or undefined when it can. */
export function checkRequest(request: NewClusterRequest): string | undefined {
	const names = request.members.map(m => m.name);
	if (names.length === 0) return 'Give at least one member.';
	if (names.some(name => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))) return 'Member names may hold letters, digits, dots, dashes and underscores.';
	if (new Set(names).size !== names.length) return 'Every member needs a name of its own.';
	if (request.members.some(m => !/^[A-Za-z0-9.:-]+$/.test(m.host) || m.host === '0.0.0.0')) return 'Give each member the address its peers reach it at (an IP or a host name).';
	if (new Set(request.members.map(m => `${m.host}`)).size !== names.length && request.clientPort === request.peerPort) return 'Members on one host need their own ports.';
	return undefined;
}

const isIp = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
const hostPart = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** One env file per member: consistent URLs, the same token and list everywhere, state `new`. */
export function newClusterFiles(request: NewClusterRequest): NewFile[] {
	const scheme = request.tls ? 'https' : 'http';
	const url = (host: string, port: number) => `${scheme}://${hostPart(host)}:${port}`;
	const list = request.members.map(m => `${m.name}=${url(m.host, request.peerPort)}`).join(',');
	return request.members.map(member => {
		// Listeners need an IP: a member known by a host name listens on every address.
		const listenHost = isIp(member.host) ? member.host : '0.0.0.0';
		const lines = [
			`# /etc/default/etcd on ${member.name}: made by etcd: New Cluster…`,
			`ETCD_NAME="${member.name}"`,
			'ETCD_DATA_DIR="/var/lib/etcd"',
			`ETCD_LISTEN_CLIENT_URLS="${url(listenHost, request.clientPort)},${scheme}://127.0.0.1:${request.clientPort}"`,
			`ETCD_ADVERTISE_CLIENT_URLS="${url(member.host, request.clientPort)}"`,
			`ETCD_LISTEN_PEER_URLS="${url(listenHost, request.peerPort)}"`,
			`ETCD_INITIAL_ADVERTISE_PEER_URLS="${url(member.host, request.peerPort)}"`,
			`ETCD_INITIAL_CLUSTER="${list}"`,
			`ETCD_INITIAL_CLUSTER_TOKEN="${request.token}"`,
			'ETCD_INITIAL_CLUSTER_STATE="new"',
		];
		if (request.tls) lines.push(...tlsLines(member.name));
		return { path: `${member.name}/etcd`, text: lines.join('\n') + '\n' };
	});
}

function tlsLines(name: string): string[] {
	return [
		'# Certificates: one key pair per member for clients and one for peers, signed by the cluster\'s CA.',
		`ETCD_CERT_FILE="/etc/etcd/pki/${name}.crt"`,
		`ETCD_KEY_FILE="/etc/etcd/pki/${name}.key"`,
		'ETCD_TRUSTED_CA_FILE="/etc/etcd/pki/ca.crt"',
		'ETCD_CLIENT_CERT_AUTH="true"',
		`ETCD_PEER_CERT_FILE="/etc/etcd/pki/${name}-peer.crt"`,
		`ETCD_PEER_KEY_FILE="/etc/etcd/pki/${name}-peer.key"`,
		'ETCD_PEER_TRUSTED_CA_FILE="/etc/etcd/pki/ca.crt"',
		'ETCD_PEER_CLIENT_CERT_AUTH="true"',
	];
}

/**
 * The folder the wizard proposes, as a path: beside the members' folders of the etcd file in front (`…/pg3/etcd`
 * gives `…`, never `pg3/` itself, which would nest the new members in another member's folder), else the
 * workspace folder; never above the workspace folder.
 */
export function proposedClusterFolder(activePath: string | undefined, rootPath: string | undefined): string | undefined {
	if (!activePath || !isEtcdFilePath(activePath)) return rootPath;
	const parent = activePath.split('/').slice(0, -2).join('/') || '/';
	return rootPath && parent !== rootPath && !parent.startsWith(rootPath.replace(/\/$/, '') + '/') ? rootPath : parent;
}

/** The etcd file among a folder's file names, which makes it a member's own folder (not one for a new cluster). */
export function memberFileAmong(fileNames: readonly string[]): string | undefined {
	return fileNames.find(name => isEtcdFilePath(`/${name}`));
}
