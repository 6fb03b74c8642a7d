import { applyChanges } from '../../text/lineEdits';
import type { ConfigDocument } from '../../model/configDocument';
import type { Fix, TextChange } from '../rule';
import { envNodesFrom, parseEnvFile, type EnvNode } from '../../parsers/envFile';

/**
 * Whether systemd reads exactly the same variables and values after the changes: such a fix is safe.
 *
 * Only the lines the changes touch are read again, and the lines after them up to the first node boundary where
 * the changed text falls back into step with the old one (the parser starts every node afresh, so from there on
 * both read alike). Comparing the whole file for every fix made a file with a fixable line on every line
 * quadratic: 1,000 such lines took seconds.
 */
export function readsTheSame(doc: ConfigDocument, changes: readonly TextChange[]): boolean {
	if (changes.length === 0) return true;
	const nodes = doc.env.nodes;
	const first = nodeIndexAt(nodes, Math.min(...changes.map(change => change.span.start)));
	// The first node carries the byte-order mark's rule: there the whole file is compared, once. So is a template:
	// its nodes were read from the masked text, whose node boundaries are not those of the text the changes edit.
	if (first <= 0 || doc.template) return systemdView(parseEnvFile(doc.text).nodes) === systemdView(parseEnvFile(applyChanges(doc.text, changes)).nodes);
	const last = nodeIndexAt(nodes, Math.max(...changes.map(change => change.span.end)));
	const from = nodes[first].span.start;
	const shifted = changes.map(change => ({ span: { start: change.span.start - from, end: change.span.end - from }, newText: change.newText }));
	const delta = changes.reduce((sum, change) => sum + change.newText.length - (change.span.end - change.span.start), 0);
	for (let window = 256; ; window *= 4) {
		const limit = Math.min(doc.text.length, nodes[last].span.end + window);
		const changed = reread(applyChanges(doc.text.slice(from, limit), shifted), limit === doc.text.length, at => {
			const original = at + from - delta;
			return original >= nodes[last].span.end && isBoundary(nodes, original, doc.text.length);
		});
		if (changed) {
			const before = nodes.slice(first, nodeIndexAt(nodes, changed.until + from - delta - 1) + 1);
			return systemdView(before) === systemdView(changed.nodes);
		}
	}
}

/**
 * A preferred fix that is safe where systemd reads the same after it, worked out when first asked. Fix-all and the
 * CLI's --fix ask; publishing diagnostics never does, and on a file with such a fix on every line the re-reading was
 * most of its rule's time and allocation.
 */
export function safeIfReadsTheSame(doc: ConfigDocument, title: string, changes: readonly TextChange[]): Fix {
	const fix = { title, preferred: true, changes };
	safety.set(fix, doc);
	// One getter for every such fix: a getter written in the literal made each fix an object of a shape of its own,
	// three times the memory.
	return Object.defineProperty(fix, 'safe', { get: safeWhenReadTheSame, enumerable: true });
}

/** Each such fix's document until its safety is asked for, then the answer. */
const safety = new WeakMap<Fix, ConfigDocument | boolean>();

function safeWhenReadTheSame(this: Fix): boolean {
	const known = safety.get(this);
	if (typeof known === 'boolean' || known === undefined) return known === true;
	const safe = readsTheSame(known, this.changes);
	safety.set(this, safe);
	return safe;
}

/**
 * The nodes of a changed stretch up to the first boundary `inStep` accepts; undefined when the stretch ends first
 * (unless it is the file's end). A node that ends before the stretch does was not cut short by it.
 */
function reread(text: string, atFileEnd: boolean, inStep: (offset: number) => boolean): { nodes: EnvNode[]; until: number } | undefined {
	const nodes: EnvNode[] = [];
	for (const node of envNodesFrom(text, 0)) {
		nodes.push(node);
		if ((node.span.end < text.length || atFileEnd) && inStep(node.span.end)) return { nodes, until: node.span.end };
	}
	return atFileEnd ? { nodes, until: text.length } : undefined;
}

/** What systemd makes of some nodes: every assignment it keeps, with its value, in file order. */
function systemdView(nodes: readonly EnvNode[]): string {
	return nodes.flatMap(node => node.kind === 'assignment' && node.validName ? [`${node.name}=${node.value}`] : []).join('\0');
}

/** The index of the node that holds `offset` (the last node for the end of the file), -1 before the first. */
export function nodeIndexAt(nodes: readonly EnvNode[], offset: number): number {
	let low = 0;
	let high = nodes.length - 1;
	if (high < 0 || nodes[0].span.start > offset) return -1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (nodes[mid].span.start <= offset) low = mid; else high = mid - 1;
	}
	return low;
}

function isBoundary(nodes: readonly EnvNode[], offset: number, length: number): boolean {
	if (offset === length) return true;
	const index = nodeIndexAt(nodes, offset);
	return index >= 0 && nodes[index].span.start === offset;
}
