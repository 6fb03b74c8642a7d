import { randomBytes } from 'node:crypto';
import { l10n, Uri, window, workspace } from 'vscode';
import { checkRequest, newClusterFiles, type NewClusterRequest } from '../../server/src/engine';

/** `etcd: New Cluster…`: asks for the members and writes one env file per member into a folder. */
export async function newCluster(): Promise<void> {
	const names = await window.showInputBox({ title: l10n.t('New etcd cluster ({0}/4)', 1), prompt: l10n.t('Member names, separated by commas'), value: 'pg1,pg2,pg3' });
	if (!names) return;
	const memberNames = names.split(',').map(n => n.trim()).filter(n => n !== '');
	const hosts = await window.showInputBox({
		title: l10n.t('New etcd cluster ({0}/4)', 2),
		prompt: l10n.t('The address of each member ({0}), separated by commas', memberNames.join(', ')),
		value: memberNames.map((_, i) => `192.168.1.${11 + i}`).join(','),
	});
	if (!hosts) return;
	const ports = await window.showInputBox({ title: l10n.t('New etcd cluster ({0}/4)', 3), prompt: l10n.t('Client port and peer port'), value: '2379,2380' });
	if (!ports) return;
	const schemes = [{ label: l10n.t('Plain http'), tls: false }, { label: l10n.t('https (TLS) for clients and peers'), tls: true }];
	const tls = await window.showQuickPick(schemes, { title: l10n.t('New etcd cluster ({0}/4)', 4) });
	if (!tls) return;
	const [clientPort, peerPort] = ports.split(',').map(p => Number(p.trim()));
	const hostList = hosts.split(',').map(h => h.trim());
	const request: NewClusterRequest = {
		members: memberNames.map((name, i) => ({ name, host: hostList[i] ?? '' })),
		clientPort,
		peerPort,
		tls: tls.tls,
		token: randomBytes(8).toString('hex'),
	};
	const problem = Number.isInteger(clientPort) && Number.isInteger(peerPort) ? checkRequest(request) : 'Give two port numbers, e.g. 2379,2380.';
	// checkRequest answers in English; the client's bundle holds each of its sentences in Russian.
	if (problem) {
		void window.showErrorMessage(l10n.t(problem));
		return;
	}
	const target = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: l10n.t('Create the member files here') });
	if (!target?.[0]) return;
	const files = newClusterFiles(request);
	for (const file of files) await workspace.fs.writeFile(Uri.joinPath(target[0], file.path), Buffer.from(file.text, 'utf8'));
	await window.showTextDocument(Uri.joinPath(target[0], files[0].path));
}

/** The cluster code lens lists the cluster's files; picking one opens it. */
export async function showClusterFiles(uris: readonly string[]): Promise<void> {
	const picked = await window.showQuickPick(uris.map(uri => ({ label: workspace.asRelativePath(Uri.parse(uri)), uri })), { title: l10n.t('Files of this etcd cluster') });
	if (picked) await window.showTextDocument(Uri.parse(picked.uri));
}
