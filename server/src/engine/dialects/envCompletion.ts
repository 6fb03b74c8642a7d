import { allOptions, atVersion, optionByEnv, type EtcdVersion } from '../etcd/options';
import { hasFlag } from '../etcd/availability';
import { targetOf, type Target } from '../etcd/versions';
import type { ConfigDocument } from '../model/configDocument';
import { lineStartOf } from '../text/lineScan';
import type { CompletionSite, KeyChoice } from './dialect';

const keyLine = /^(\s*(?:export\s+)?)([A-Za-z0-9_]*)$/;
const valueLine = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(["']?)([^"']*)$/;

/** A variable's name at the start of a line, or its value after `=` (one URL of a list). */
export function envCompletionSite(doc: ConfigDocument, offset: number, at: EtcdVersion | Target): CompletionSite | undefined {
	const version = targetOf(at).minor;
	const lineStart = lineStartOf(doc.text, offset);
	const before = doc.text.slice(lineStart, offset);
	const key = keyLine.exec(before);
	if (key) return { kind: 'key', span: { start: lineStart + key[1].length, end: offset }, keys: variableChoices(doc, targetOf(at)) };
	const value = valueLine.exec(before);
	const option = value ? optionByEnv(value[1]) : undefined;
	if (!value || !option) return undefined;
	const typed = value[3];
	const pieceStart = atVersion(option.type, version) === 'url-list' ? typed.lastIndexOf(',') + 1 : 0;
	return { kind: 'value', span: { start: offset - typed.length + pieceStart, end: offset }, option };
}

function variableChoices(doc: ConfigDocument, target: Target): KeyChoice[] {
	const set = new Set(doc.settings.map(s => s.key));
	return allOptions()
		.filter(option => hasFlag(option, target) && !set.has(option.env) && option.name !== 'config-file' && option.name !== 'version')
		.map(option => ({ label: option.env, option, insert: `${option.env}="$1"`, snippet: true }));
}

/** A whole member file, the nine settings every member needs, with placeholders to tab through. */
export const envSkeleton: readonly string[] = [
	'ETCD_NAME="${1:pg1}"',
	'ETCD_DATA_DIR="${2:/var/lib/etcd}"',
	'ETCD_LISTEN_CLIENT_URLS="http://${3:192.168.1.11}:2379,http://127.0.0.1:2379"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://${3}:2379"',
	'ETCD_LISTEN_PEER_URLS="http://${3}:2380"',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${3}:2380"',
	'ETCD_INITIAL_CLUSTER="${1}=http://${3}:2380,${4:pg2}=http://${5:192.168.1.12}:2380,${6:pg3}=http://${7:192.168.1.13}:2380"',
	'ETCD_INITIAL_CLUSTER_TOKEN="${8:a-token-of-this-cluster}"',
	'ETCD_INITIAL_CLUSTER_STATE="${9|new,existing|}"',
];
