import type { EtcdVersion } from '../etcd/options';
import { yamlKeyAt } from '../etcd/availability';
import { targetOf, type Target } from '../etcd/versions';
import { optionByYamlKey, yamlKeysIn } from '../etcd/yamlKeys';
import type { ConfigDocument } from '../model/configDocument';
import { positionAt } from '../text/lineIndex';
import { lineStartOf } from '../text/lineScan';
import { trimEndOf } from '../text/trailing';
import type { CompletionSite, KeyChoice } from './dialect';
import { yamlValueOf } from './yamlValues';

const keyLine = /^([ ]*)([A-Za-z0-9_-]*)$/;
const valueLine = /^([ ]*)([A-Za-z0-9_-]+):[ ]+(["']?)([^"'#]*)$/;
const sectionLine = /^([ ]*)([A-Za-z0-9_-]+):[ ]*(#.*)?$/;

/** Keys of the section the cursor is in (by indentation), and values after `key: `, in a YAML config file. */
export function yamlCompletionSite(doc: ConfigDocument, offset: number, at: EtcdVersion | Target): CompletionSite | undefined {
	const lineStart = lineStartOf(doc.text, offset);
	const line = positionAt(doc.lines, offset).line;
	const before = doc.text.slice(lineStart, offset);
	const key = keyLine.exec(before);
	if (key) {
		const section = sectionAt(doc, line, key[1].length);
		return { kind: 'key', span: { start: lineStart + key[1].length, end: offset }, keys: keyChoices(doc, section, key[1].length, targetOf(at)) };
	}
	const value = valueLine.exec(before);
	if (!value) return undefined;
	const section = sectionAt(doc, line, value[1].length);
	const option = optionByYamlKey(section === '' ? value[2] : `${section}.${value[2]}`);
	return option && { kind: 'value', span: { start: offset - value[4].length, end: offset }, option, typedValue: v => yamlValueOf(option.yamlValue, v) };
}

/** The dotted path of the mappings that enclose a line indented by `indent`. */
function sectionAt(doc: ConfigDocument, line: number, indent: number): string {
	const path: string[] = [];
	let wanted = indent;
	for (let l = line - 1; l >= 0 && wanted > 0; l--) {
		const text = trimEndOf(doc.text.slice(doc.lines.lineStarts[l], doc.lines.lineStarts[l + 1] ?? doc.text.length), '\r\n');
		const match = sectionLine.exec(text);
		if (match && match[1].length < wanted) {
			path.unshift(match[2]);
			wanted = match[1].length;
		}
	}
	return path.join('.').toLowerCase();
}

function keyChoices(doc: ConfigDocument, section: string, indent: number, target: Target): KeyChoice[] {
	const version = target.minor;
	const set = new Set(doc.settings.map(s => s.key.toLowerCase()));
	// Keys of options the release reads from a file (a key that came in a later patch is not offered).
	const read = (path: string) => { const option = optionByYamlKey(path); return !option || yamlKeyAt(option, target) !== null; };
	const inSection = yamlKeysIn(version).filter(path => path.toLowerCase().startsWith(section === '' ? '' : section + '.') && read(path));
	const choices = new Map<string, KeyChoice>();
	for (const path of inSection) {
		const rest = section === '' ? path : path.slice(section.length + 1);
		const name = rest.split('.')[0];
		if (choices.has(name) || set.has(path.toLowerCase())) continue;
		const isSection = rest.includes('.');
		choices.set(name, {
			label: name,
			option: isSection ? undefined : optionByYamlKey(path),
			insert: isSection ? `${name}:\n${' '.repeat(indent + 2)}` : `${name}: `,
			snippet: false,
		});
	}
	return [...choices.values()];
}
