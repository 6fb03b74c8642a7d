import { effectiveSetting } from '../dialects/effective';
import type { ConfigDocument } from '../model/configDocument';
import { positionAt, type Span } from '../text/lineIndex';

/**
 * The options whose settings the cross-file rules and the cluster lens read from the other members of a cluster
 * (memberFacts, port-clash, peer-url-disagreement, timing-mismatch). test/engine/clusterSignature.test.ts checks that
 * a change to any other option leaves the other members' findings as they were.
 */
export const clusterOptions: readonly string[] = [
	'name', 'initial-cluster', 'initial-cluster-token', 'initial-cluster-state', 'initial-advertise-peer-urls',
	'advertise-client-urls', 'listen-peer-urls', 'listen-client-urls', 'heartbeat-interval', 'election-timeout',
];

/**
 * What the other members' checks read of this file: their values, and where they stand (the other members'
 * findings point here). An edit that keeps it cannot change what the other files of the cluster are told.
 */
export function clusterSignature(doc: ConfigDocument): string {
	const at = (span: Span) => {
		const start = positionAt(doc.lines, span.start);
		const end = positionAt(doc.lines, span.end);
		return `${start.line}:${start.character}-${end.line}:${end.character}`;
	};
	return JSON.stringify(clusterOptions.map(name => {
		const setting = effectiveSetting(doc, name);
		return setting ? [setting.key, setting.value, at(setting.keySpan), at(setting.valueSpan)] : null;
	}));
}
