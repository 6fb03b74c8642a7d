import { parseInitialCluster, type ClusterMember } from '../../etcd/urls';
import type { ConfigDocument, Setting } from '../../model/configDocument';
import type { TextChange } from '../../model/findings';
import { pieceChange, replaceValue } from '../../dialects';

/**
 * Gives a member other URLs in a cluster list: one entry and one URL, just that URL; otherwise the member's entries
 * are rewritten in place of its first one.
 */
export function memberEntriesChange(doc: ConfigDocument, cluster: Setting, own: readonly ClusterMember[], urls: readonly string[], name: string): TextChange {
	if (own.length === 1 && urls.length === 1) return pieceChange(doc, cluster, own[0].urlFrom, own[0].urlTo, urls[0]);
	const entries: string[] = [];
	for (const member of parseInitialCluster(cluster.value)) {
		if (member.name !== name) entries.push(`${member.name}=${member.url}`);
		else if (member === own[0] || member.nameFrom === own[0].nameFrom) entries.push(...urls.map(url => `${name}=${url}`));
	}
	return replaceValue(doc, cluster, entries.join(','));
}
