import { parseTarget, type Target } from '../etcd/versions';
import type { ConfigDocument } from '../model/configDocument';
import { positionAt, type LineIndex, type Span } from '../text/lineIndex';

/** What the file's own comments say to the checker. */
export interface Directives {
	/** `# etcd-version: 3.4` (or a patch release, `3.4.23`) overrides the configured version for this file. */
	readonly version?: Target;
	/** `# etcd-config-disable <id>[, <id>]`: rules off for the whole file. */
	readonly disabled: ReadonlySet<string>;
	/** `# etcd-config-disable-next-line <id>[, <id>]`: line number (0-based) of the next line → rule ids. */
	readonly disabledOnLine: ReadonlyMap<number, ReadonlySet<string>>;
	/** `# etcd-cluster: <name>`: the files that say the same name form one cluster (see cluster/groups.ts). */
	readonly cluster?: string;
}

const versionDirective = /^\s*etcd-version:\s*(\d+\.\d+(?:\.\d+)?)\s*$/;
const disableDirective = /^\s*etcd-config-disable(-next-line)?\s+(.+?)\s*$/;
const clusterDirective = /^\s*etcd-cluster:\s*(\S(?:.*\S)?)\s*$/;

// Documents never change: their directives are read once (a suppression is offered per finding, and each asks).
const cache = new WeakMap<ConfigDocument, Directives>();

export function readDirectives(doc: ConfigDocument): Directives {
	let directives = cache.get(doc);
	if (!directives) cache.set(doc, directives = readComments(doc));
	return directives;
}

function readComments(doc: ConfigDocument): Directives {
	const comments = doc.env.nodes.flatMap(node => node.kind === 'comment' && node.marker === '#' ? [{ text: node.text, span: node.span }] : []);
	return directivesOf(comments, doc.lines);
}

/** Our directives among a file's full-line comments (their text after `#`), whatever the file's kind. */
export function directivesOf(comments: readonly { readonly text: string; readonly span: Span }[], lines: LineIndex): Directives {
	let version: Target | undefined;
	let cluster: string | undefined;
	const disabled = new Set<string>();
	const disabledOnLine = new Map<number, Set<string>>();
	for (const node of comments) {
		const versionMatch = versionDirective.exec(node.text);
		if (versionMatch) version = parseTarget(versionMatch[1]) ?? version;
		cluster = clusterDirective.exec(node.text)?.[1] ?? cluster;
		const disableMatch = disableDirective.exec(node.text);
		if (!disableMatch) continue;
		const ids = disableMatch[2].split(',').map(id => id.trim()).filter(id => id !== '');
		if (!disableMatch[1]) {
			ids.forEach(id => disabled.add(id));
			continue;
		}
		const nextLine = positionAt(lines, node.span.start).line + 1;
		const onLine = disabledOnLine.get(nextLine) ?? new Set<string>();
		ids.forEach(id => onLine.add(id));
		disabledOnLine.set(nextLine, onLine);
	}
	return { version, disabled, disabledOnLine, ...(cluster ? { cluster } : {}) };
}

/** The cluster a file's `# etcd-cluster: <name>` comment names, if it has one. */
export function statedCluster(doc: ConfigDocument): string | undefined {
	return readDirectives(doc).cluster;
}
