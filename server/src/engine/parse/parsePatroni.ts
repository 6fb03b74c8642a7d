import type { PatroniApi, PatroniDocument, PatroniEndpoint, PatroniField, PatroniSection } from '../model/patroniDocument';
import { parseYamlFile, type YamlEntry } from '../parsers/yamlFile';
import { createLineIndex, type Span } from '../text/lineIndex';

/*
 * Patroni's etcd sections, as Patroni reads them: `hosts` is a YAML list or one string of comma-separated
 * `host:port` items (v4.1.4:patroni/dcs/etcd.py:607-619); a variable `PATRONI_ETCD3_HOSTS` is read as a YAML
 * flow list, brackets added when missing (v4.1.4:patroni/config.py:581-584). Never throws.
 */

const sectionKeys: ReadonlySet<string> = new Set(['etcd', 'etcd3']);
const endpointKeys: ReadonlySet<string> = new Set(['host', 'hosts', 'url', 'proxy']);
/** `PATRONI_ETCD3_HOSTS=…`, optionally exported or inside a unit's `Environment=` (one assignment, maybe quoted). */
const envLine = /^[ \t]*(?:export[ \t]+|Environment=(["']?))?(PATRONI_(ETCD3?)_([A-Z_]+))=(.*?)\1?[ \t]*\r?$/gm;

export function parsePatroni(uri: string, text: string, format: 'yaml' | 'env'): PatroniDocument {
	const lines = createLineIndex(text);
	return format === 'yaml' ? yamlPatroni(uri, text, lines) : envPatroni(uri, text, lines);
}

function yamlPatroni(uri: string, text: string, lines: PatroniDocument['lines']): PatroniDocument {
	const yaml = parseYamlFile(text, { sections: sectionKeys });
	const sections: PatroniSection[] = [];
	for (const api of ['etcd', 'etcd3'] as const) {
		const keySpan = sectionKeySpan(text, api);
		if (!keySpan) continue;
		const entries = yaml.entries.filter(entry => entry.path.startsWith(`${api}.`));
		const fields = new Map(entries.map(entry => [entry.path.slice(api.length + 1).toLowerCase(), yamlField(entry, api)]));
		const first = entries[0];
		const indent = first ? text.slice(first.keySpan.start - (first.keySpan.start - lineStart(text, first.keySpan.start)), first.keySpan.start) : '  ';
		sections.push({ api, keySpan, fields, indent: /^[ \t]*$/.test(indent) ? indent : '  ' });
	}
	const top = (key: string) => yaml.entries.find(entry => entry.path === key && entry.value.kind === 'scalar');
	const scalar = (entry: YamlEntry | undefined) => entry?.value.kind === 'scalar' ? entry.value.text : undefined;
	return { kind: 'patroni', uri, text, lines, format: 'yaml', sections, scope: scalar(top('scope')), name: scalar(top('name')), comments: yaml.comments };
}

function sectionKeySpan(text: string, api: PatroniApi): Span | undefined {
	const match = new RegExp(`^${api}[ \\t]*:`, 'm').exec(text);
	return match ? { start: match.index, end: match.index + api.length } : undefined;
}

function lineStart(text: string, offset: number): number {
	return Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
}

function yamlField(entry: YamlEntry, api: PatroniApi): PatroniField {
	const key = entry.path.slice(api.length + 1).toLowerCase();
	const base = { key, written: entry.path.slice(api.length + 1), keySpan: entry.keySpan, valueSpan: entry.valueSpan };
	if (entry.value.kind === 'list') {
		const endpoints = entry.value.items.filter(item => item.type !== 'collection' && item.text.trim() !== '').map(item => ({ text: item.text, span: decodedSpan(item.offsets, item.text, item.span) }));
		return { ...base, value: endpoints.map(e => e.text).join(','), endpoints: endpointKeys.has(key) ? endpoints : [], list: true };
	}
	const value = entry.value.kind === 'scalar' ? entry.value.text : '';
	const start = entry.value.kind === 'scalar' ? entry.value.offsets[0] ?? entry.valueSpan.start : entry.valueSpan.start;
	return { ...base, value, endpoints: endpointKeys.has(key) ? splitEndpoints(value, start, key === 'hosts') : [], list: false };
}

/** Where a decoded scalar's characters stand, quotes left out (the written span where the text is no copy of the source). */
function decodedSpan(offsets: readonly number[], text: string, written: Span): Span {
	const start = offsets[0];
	const end = offsets[text.length - 1];
	return start !== undefined && end !== undefined && end - start === text.length - 1 ? { start, end: end + 1 } : written;
}

/** `a:2379, b:2379` → each item with its place (offsets count from `start`: a plain or quoted scalar on one line). */
function splitEndpoints(value: string, start: number, many: boolean): PatroniEndpoint[] {
	const found: PatroniEndpoint[] = [];
	const pattern = many ? /[^,]+/g : /.+/g;
	for (const match of value.matchAll(pattern)) {
		const raw = match[0];
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		const { from, to } = withoutWrapping(trimmed);
		const unquoted = trimmed.slice(from, to);
		if (unquoted === '') continue;
		const offset = start + match.index + lead + from;
		found.push({ text: unquoted, span: { start: offset, end: offset + unquoted.length } });
	}
	return found;
}

/** Where an item starts and ends without the quotes and brackets of a flow list around it (a loop: a regular expression anchored at the end backtracks on long runs). */
function withoutWrapping(item: string): { from: number; to: number } {
	const wrapping = '\'"[]';
	let from = 0;
	let to = item.length;
	while (from < to && wrapping.includes(item[from])) from++;
	while (to > from && wrapping.includes(item[to - 1])) to--;
	return { from, to };
}

function envPatroni(uri: string, text: string, lines: PatroniDocument['lines']): PatroniDocument {
	const bySection = new Map<PatroniApi, { keySpan: Span; fields: Map<string, PatroniField> }>();
	for (const match of text.matchAll(envLine)) {
		const api: PatroniApi = match[3] === 'ETCD3' ? 'etcd3' : 'etcd';
		const keyStart = match.index + match[0].indexOf(match[2]);
		const keySpan = { start: keyStart, end: keyStart + match[2].length };
		const valueStart = keySpan.end + 1;
		const rawValue = match[5];
		const unquoted = /^(["']).*\1$/.test(rawValue) && match[1] === undefined ? rawValue.slice(1, -1) : rawValue;
		const valueOffset = valueStart + (unquoted === rawValue ? 0 : 1);
		const key = match[4].toLowerCase();
		const section = bySection.get(api) ?? { keySpan, fields: new Map<string, PatroniField>() };
		bySection.set(api, section);
		section.fields.set(key, {
			key, written: match[2], keySpan, valueSpan: { start: valueStart, end: valueStart + rawValue.length }, value: unquoted,
			endpoints: endpointKeys.has(key) ? splitEndpoints(unquoted, valueOffset, key === 'hosts') : [], list: false,
		});
	}
	const sections = [...bySection].map(([api, section]) => ({ api, ...section }));
	const comments = [...text.matchAll(/^[ \t]*#(.*?)\r?$/gm)].map(m => ({ span: { start: m.index + m[0].indexOf('#'), end: m.index + m[0].replace(/\r$/, '').length }, text: m[1] }));
	return { kind: 'patroni', uri, text, lines, format: 'env', sections, comments };
}
