import { randomBytes } from 'node:crypto';
import { Uri, window, workspace } from 'vscode';
import { checkRequest, newClusterFiles, type NewClusterRequest } from '../../server/src/engine/features/newCluster';

/** `etcd: New Cluster…`: asks for the members and writes one env file per member into a folder. */
export async function newCluster(): Promise<void> {
	const names = await window.showInputBox({ title: 'New etcd cluster (1/4)', prompt: 'Member names, separated by commas', value: 'pg1,pg2,pg3' });
	if (!names) return;
	const memberNames = names.split(',').map(n => n.trim()).filter(n => n !== '');
	const hosts = await window.showInputBox({
		title: 'New etcd cluster (2/4)',
		prompt: `The address of each member (${memberNames.join(', ')}), separated by commas`,
		value: memberNames.map((_, i) => `192.168.1.${11 + i}`).join(','),
	});
	if (!hosts) return;
	const ports = await window.showInputBox({ title: 'New etcd cluster (3/4)', prompt: 'Client port and peer port', value: '2379,2380' });
	if (!ports) return;
	const tls = await window.showQuickPick(['Plain http', 'https (TLS) for clients and peers'], { title: 'New etcd cluster (4/4)' });
	if (!tls) return;
	const [clientPort, peerPort] = ports.split(',').map(p => Number(p.trim()));
	const hostList = hosts.split(',').map(h => h.trim());
	const request: NewClusterRequest = {
		members: memberNames.map((name, i) => ({ name, host: hostList[i] ?? '' })),
		clientPort,
		peerPort,
		tls: tls.startsWith('https'),
		token: randomBytes(8).toString('hex'),
	};
	const problem = Number.isInteger(clientPort) && Number.isInteger(peerPort) ? checkRequest(request) : 'Give two port numbers, e.g. 2379,2380.';
	if (problem) {
		void window.showErrorMessage(problem);
		return;
	}
	const target = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Create the member files here' });
	if (!target?.[0]) return;
	const files = newClusterFiles(request);
	for (const file of files) await workspace.fs.writeFile(Uri.joinPath(target[0], file.path), Buffer.from(file.text, 'utf8'));
	await window.showTextDocument(Uri.joinPath(target[0], files[0].path));
}

/** The cluster code lens lists the cluster's files; picking one opens it. */
export async function showClusterFiles(uris: readonly string[]): Promise<void> {
	const picked = await window.showQuickPick(uris.map(uri => ({ label: workspace.asRelativePath(Uri.parse(uri)), uri })), { title: 'Files of this etcd cluster' });
	if (picked) await window.showTextDocument(Uri.parse(picked.uri));
}
