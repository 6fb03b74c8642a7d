import { randomBytes } from 'node:crypto';
import { FileType, Uri, window, workspace } from 'vscode';
import { Utils } from 'vscode-uri';
import { checkRequest, memberFileAmong, newClusterFiles, proposedClusterFolder, type NewClusterRequest } from '../../server/src/engine';
import { t } from './l10n';

/** `etcd: New Cluster…`: asks for the members and writes one env file per member into a folder. */
export async function newCluster(): Promise<void> {
	const names = await window.showInputBox({ title: t('New etcd cluster ({0}/4)', 1), prompt: t('Member names, separated by commas'), value: 'pg1,pg2,pg3' });
	if (!names) return;
	const memberNames = names.split(',').map(n => n.trim()).filter(n => n !== '');
	const hosts = await window.showInputBox({
		title: t('New etcd cluster ({0}/4)', 2),
		prompt: t('The address of each member ({0}), separated by commas', memberNames.join(', ')),
		value: memberNames.map((_, i) => `192.168.1.${11 + i}`).join(','),
	});
	if (!hosts) return;
	const ports = await window.showInputBox({ title: t('New etcd cluster ({0}/4)', 3), prompt: t('Client port and peer port'), value: '2379,2380' });
	if (!ports) return;
	const schemes = [{ label: t('Plain http'), tls: false }, { label: t('https (TLS) for clients and peers'), tls: true }];
	const tls = await window.showQuickPick(schemes, { title: t('New etcd cluster ({0}/4)', 4) });
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
		void window.showErrorMessage(t(problem));
		return;
	}
	const target = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('Create the member files here'), defaultUri: proposedFolder() });
	if (!target?.[0]) return;
	const files = newClusterFiles(request);
	const refusal = await refusalFor(target[0], files.map(file => file.path));
	if (refusal) {
		void window.showErrorMessage(refusal);
		return;
	}
	for (const file of files) await workspace.fs.writeFile(Uri.joinPath(target[0], file.path), Buffer.from(file.text, 'utf8'));
	await window.showTextDocument(Uri.joinPath(target[0], files[0].path));
}

/** Where the wizard's folder dialog opens: never inside the folder of the member file in front. */
function proposedFolder(): Uri | undefined {
	const active = window.activeTextEditor?.document.uri;
	const root = workspace.workspaceFolders?.[0]?.uri;
	const path = proposedClusterFolder(active?.scheme === 'file' ? active.path : undefined, root?.path);
	return path === undefined ? undefined : Uri.file(path).with({ scheme: root?.scheme ?? 'file', authority: root?.authority ?? '' });
}

/** Why the member files may not go into this folder: it is a member's own folder, or they would replace files. */
async function refusalFor(folder: Uri, paths: readonly string[]): Promise<string | undefined> {
	const entries = await workspace.fs.readDirectory(folder).then(list => list, () => [] as [string, FileType][]);
	const member = memberFileAmong(entries.filter(([, type]) => type === FileType.File).map(([name]) => name));
	if (member) return t('{0} holds {1}, another member\'s file: pick the folder that holds the members\' folders.', Utils.basename(folder), member);
	const taken: string[] = [];
	for (const path of paths) if (await workspace.fs.stat(Uri.joinPath(folder, path)).then(() => true, () => false)) taken.push(path);
	return taken.length > 0 ? t('These files exist already: {0}. Pick another folder, or other member names.', taken.join(', ')) : undefined;
}

/** The cluster code lens lists the cluster's files; picking one opens it. */
export async function showClusterFiles(uris: readonly string[]): Promise<void> {
	const picked = await window.showQuickPick(uris.map(uri => ({ label: workspace.asRelativePath(Uri.parse(uri)), uri })), { title: t('Files of this etcd cluster') });
	if (picked) await window.showTextDocument(Uri.parse(picked.uri));
}
