import type { ConfigDocument } from '../../model/configDocument';
import type { TextChange } from '../../model/findings';
import type { PatroniDocument, PatroniField } from '../../model/patroniDocument';
import { advertisedClientUrls, addressOf } from '../../cluster/patroniCluster';
import { isLoopback } from '../../etcd/urls';
import { lineEndingOf } from '../../text/lineEdits';

/** `host:port` of every member's advertised client URLs, in member order; none when a member advertises only loopback. */
export function advertisedHosts(members: readonly ConfigDocument[]): string[] | undefined {
	const hosts: string[] = [];
	for (const member of members) {
		const urls = advertisedClientUrls([member]);
		const usable = urls.filter(url => !isLoopback(addressOf(url.address, '').host.replace(/^\[|\]$/g, '')));
		if (usable.length === 0) return undefined;
		for (const url of usable) if (!hosts.includes(url.address)) hosts.push(url.address);
	}
	return hosts.length > 0 ? hosts : undefined;
}

/** The edit that writes `hosts` anew in the shape it has: a block list, a flow list, or one string with commas. */
export function writeHosts(doc: PatroniDocument, field: PatroniField, hosts: readonly string[]): TextChange {
	if (!field.list) {
		const first = field.endpoints[0];
		const last = field.endpoints[field.endpoints.length - 1];
		const span = first && last ? { start: first.span.start, end: last.span.end } : field.valueSpan;
		return { span, newText: hosts.join(',') };
	}
	const written = doc.text.slice(field.valueSpan.start, field.valueSpan.end);
	if (written.trimStart().startsWith('[')) return { span: field.valueSpan, newText: `[${hosts.join(', ')}]` };
	const lineStart = doc.text.lastIndexOf('\n', field.valueSpan.start - 1) + 1;
	const indent = doc.text.slice(lineStart, field.valueSpan.start);
	const eol = lineEndingOf(doc.text);
	const span = { start: field.valueSpan.start, end: field.endpoints[field.endpoints.length - 1]?.span.end ?? field.valueSpan.end };
	return { span, newText: hosts.map(host => `- ${host}`).join(eol + indent) };
}
