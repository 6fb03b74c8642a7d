import { patroniClusterOf, patroniContext, type EngineSettings, type PatroniContext, type PatroniDocument } from './engine';
import type { Documents } from './documents';
import { canonicalUri } from './uris';

/**
 * A Patroni file's context in the workspace: the etcd cluster it talks to (by the client URLs it names, its
 * `# etcd-cluster:` comment or the `etcd.cluster.groups` setting) and the other Patroni files of that cluster.
 */
export function patroniContextIn(documents: Documents, doc: PatroniDocument, settings: EngineSettings): PatroniContext {
	const groups = documents.clusters().etcdGroups(doc.uri);
	const clusterOf = (file: PatroniDocument) => patroniClusterOf(file, groups, documents.workspace.statedOf(file.uri));
	const members = clusterOf(doc);
	const peers = members.length === 0 ? [] : documents.patroniFiles().filter(other => other.uri !== doc.uri && sameFolder(documents, other.uri, doc.uri) && clusterOf(other) === members);
	return patroniContext(doc, settings, members, peers);
}

/** The Patroni files that talk to the cluster of the etcd file at `uri`, matched the same way: for its code lens. */
export function patroniFilesOfCluster(documents: Documents, uri: string): PatroniDocument[] {
	const files = documents.patroniFiles();
	if (files.length === 0) return [];
	const view = documents.clusters();
	const cluster = new Set(view.group(uri));
	const groups = view.etcdGroups(uri);
	return files.filter(file => sameFolder(documents, file.uri, uri) && patroniClusterOf(file, groups, documents.workspace.statedOf(file.uri)).some(member => cluster.has(canonicalUri(member.uri))));
}

/** Files of one workspace folder: another folder's copy of the cluster is another cluster (see clusterView.ts). */
function sameFolder(documents: Documents, a: string, b: string): boolean {
	return documents.workspace.scopeOf(canonicalUri(a)) === documents.workspace.scopeOf(canonicalUri(b));
}
