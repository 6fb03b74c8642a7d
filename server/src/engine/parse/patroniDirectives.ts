import { parseTarget, type Target } from '../etcd/versions';
import type { PatroniDocument } from '../model/patroniDocument';
import { positionAt } from '../text/lineIndex';

/** Our comments in a Patroni file: the same words as in an etcd file (see parse/directives.ts). */
export interface PatroniDirectives {
	/** `# etcd-version: 3.4`: the version of the etcd members this file talks to. */
	readonly version?: Target;
	/** `# etcd-cluster: <name>`: the etcd cluster this file talks to. */
	readonly cluster?: string;
	readonly disabled: ReadonlySet<string>;
	readonly disabledOnLine: ReadonlyMap<number, ReadonlySet<string>>;
}

const cache = new WeakMap<PatroniDocument, PatroniDirectives>();

export function patroniDirectives(doc: PatroniDocument): PatroniDirectives {
	let found = cache.get(doc);
	if (!found) cache.set(doc, found = readComments(doc));
	return found;
}

function readComments(doc: PatroniDocument): PatroniDirectives {
	let version: Target | undefined;
	let cluster: string | undefined;
	const disabled = new Set<string>();
	const disabledOnLine = new Map<number, Set<string>>();
	for (const comment of doc.comments) {
		const text = comment.text.trim();
		const versionMatch = /^etcd-version:\s*(\d+\.\d+(?:\.\d+)?)$/.exec(text);
		if (versionMatch) version = parseTarget(versionMatch[1]) ?? version;
		cluster = /^etcd-cluster:\s*(\S(?:.*\S)?)$/.exec(text)?.[1] ?? cluster;
		const disable = /^etcd-config-disable(-next-line)?\s+(.+)$/.exec(text);
		if (!disable) continue;
		const ids = disable[2].split(',').map(id => id.trim()).filter(id => id !== '');
		if (!disable[1]) {
			ids.forEach(id => disabled.add(id));
			continue;
		}
		const line = positionAt(doc.lines, comment.span.start).line + 1;
		disabledOnLine.set(line, new Set([...(disabledOnLine.get(line) ?? []), ...ids]));
	}
	return { version, disabled, disabledOnLine, ...(cluster ? { cluster } : {}) };
}
