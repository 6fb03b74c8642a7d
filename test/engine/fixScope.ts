import { flagCarrier, inputOf } from '../../server/src/engine/dialects';
import type { ConfigDocument, Setting } from '../../server/src/engine/model/configDocument';
import type { SpanEdit } from '../../server/src/engine/text/lineEdits';
import type { Span } from '../../server/src/engine/text/lineIndex';

/*
 * What a fix may change: the settings it names; it may add new ones and give back what was not read (the flags
 * after a stray word). Everything read before must read the same after it, in env files, DAEMON_ARGS and YAML
 * alike: a fix that splices text into the wrong carrier changes a neighbour.
 */

/** A change names a setting when it rewrites part of it, inserts inside it, or fills its empty value. */
export function names(change: SpanEdit, setting: Setting): boolean {
	// An empty value (a switch alone, `ETCD_X=`) is filled by a change that starts where it stands.
	if (setting.valueSpan.start === setting.valueSpan.end && change.span.start === setting.valueSpan.start) return true;
	return touches(change.span, setting.statementSpan);
}

function touches(change: Span, statement: Span): boolean {
	if (change.end > change.start) return change.start < statement.end && statement.start < change.end;
	return change.start > statement.start && change.start < statement.end;
}

/** Where each change's new text stands once the changes are applied (they do not overlap). */
function shifted(changes: readonly SpanEdit[]): Span[] {
	let shift = 0;
	return [...changes].sort((a, b) => a.span.start - b.span.start).map(change => {
		const start = change.span.start + shift;
		shift += change.newText.length - (change.span.end - change.span.start);
		return { start, end: start + Math.max(change.newText.length, 1) };
	});
}

/** The keys a fix names: before it (what it edits, lines systemd drops included) and after it (what it renames to). */
function namedKeys(before: ConfigDocument, after: ConfigDocument, changes: readonly SpanEdit[]): Set<string> {
	const named = new Set(before.settings.filter(s => changes.some(change => names(change, s))).map(s => s.key));
	for (const node of before.env.nodes) {
		if (node.kind === 'assignment' && changes.some(change => touches(change.span, node.span))) named.add(node.name);
	}
	const written = shifted(changes);
	for (const setting of after.settings) if (written.some(span => touches(span, setting.keySpan))) named.add(setting.key);
	// Another DAEMON_ARGS line made the one systemd keeps: the command line is a new one, every flag with it.
	const carrier = flagCarrier(before);
	if (named.has('DAEMON_ARGS') && !changes.some(change => carrier && touches(change.span, carrier.statementSpan))) {
		for (const setting of [...before.settings, ...after.settings]) if (inputOf(setting) === 'command-line') named.add(setting.key);
	}
	return named;
}

/** Each key's values in file order: what systemd, Go's flag package or the YAML decoder hand to etcd for it. */
function readings(doc: ConfigDocument): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const setting of doc.settings) found.set(setting.key, [...found.get(setting.key) ?? [], setting.value]);
	return found;
}

/** Whether `some` appears in `all` in the same order, perhaps with more between. */
function inOrder(some: readonly string[], all: readonly string[]): boolean {
	let at = 0;
	for (const value of all) if (at < some.length && some[at] === value) at++;
	return at === some.length;
}

/** The keys a fix changed without naming them, each as `key: before → after`; empty when it kept to its own. */
export function unnamedChanges(before: ConfigDocument, after: ConfigDocument, changes: readonly SpanEdit[]): string[] {
	const named = namedKeys(before, after, changes);
	const was = readings(before);
	const now = readings(after);
	// A flag may come back after a stray word the fix mended; a variable or a key must read exactly as before.
	const kept = (key: string) => {
		const old = was.get(key) ?? [];
		const fresh = now.get(key) ?? [];
		const flag = before.settings.some(s => s.key === key && inputOf(s) === 'command-line');
		return flag ? inOrder(old, fresh) : JSON.stringify(old) === JSON.stringify(fresh);
	};
	// A YAML alias (`*a`) reads whatever its anchor says: it changes with the setting the fix names.
	const aliased = new Set(before.settings.filter(s => before.text.startsWith('*', s.valueSpan.start)).map(s => s.key));
	return [...was.keys()].filter(key => !named.has(key) && !aliased.has(key) && !kept(key))
		.map(key => `${key}: ${JSON.stringify(was.get(key))} → ${JSON.stringify(now.get(key) ?? [])}`);
}
