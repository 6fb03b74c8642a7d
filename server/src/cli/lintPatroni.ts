import { DiagnosticSeverity } from 'vscode-languageserver-types';
import {
	cachedKeys, patroniClusterOf, patroniContext, patroniSecretsOf, validatePatroni,
	type ClusterIndex, type EngineSettings, type EtcdGroup, type PatroniDocument, type Placement,
} from '../engine';
import type { FileResult } from './results';

/**
 * Checks the Patroni files of a run against the etcd clusters the same run found: each file against the cluster
 * it talks to, and against the other Patroni files of that cluster.
 */
export function lintPatroni(files: readonly { path: string; doc: PatroniDocument }[], clusters: ClusterIndex, placement: Placement, settings: EngineSettings, quiet: boolean): FileResult[] {
	const groups = etcdGroups(clusters, placement);
	const clusterOf = new Map(files.map(({ doc }) => [doc.uri, patroniClusterOf(doc, groups, placement(doc).stated)]));
	return files.map(({ path, doc }) => {
		const members = clusterOf.get(doc.uri)!;
		const peers = members.length === 0 ? [] : files.filter(other => clusterOf.get(other.doc.uri) === members).map(other => other.doc);
		const diagnostics = validatePatroni(doc, patroniContext(doc, settings, members, peers));
		return { path, uri: doc.uri, text: doc.text, diagnostics: diagnostics.filter(d => !quiet || d.severity === DiagnosticSeverity.Error), secrets: patroniSecretsOf(doc) };
	});
}

/** Each etcd cluster once, with the name the user gave it. */
function etcdGroups(clusters: ClusterIndex, placement: Placement): EtcdGroup[] {
	return [...new Set(clusters.values())].map(members => ({ members, stated: cachedKeys(members[0], placement(members[0]).stated).stated }));
}
