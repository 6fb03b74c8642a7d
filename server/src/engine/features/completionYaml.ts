import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import { optionByYamlKey, yamlKeysIn } from '../etcd/yamlKeys';
import { leafOf } from '../rules/shared/yamlChecks';
import type { EtcdOption } from '../etcd/options';
import type { ConfigDocument } from '../model/configDocument';
import { offsetAt, positionAt } from '../text/lineIndex';
import { optionHover } from './hover';
import type { CompletionContext } from './completion';
import { trimEndOf } from '../text/trailing';

const keyLine = /^([ ]*)([A-Za-z0-9_-]*)$/;
const valueLine = /^([ ]*)([A-Za-z0-9_-]+):[ ]+(["']?)([^"'#]*)$/;
const sectionLine = /^([ ]*)([A-Za-z0-9_-]+):[ ]*(#.*)?$/;

/** Keys of the section the cursor is in (by indentation), and values after `key: `, in a YAML config file. */
export function completeYaml(doc: ConfigDocument, position: Position, ctx: CompletionContext,
	valueItems: (option: EtcdOption, range: Range) => CompletionItem[]): CompletionItem[] {
	const offset = offsetAt(doc.lines, position);
	const lineStart = offsetAt(doc.lines, { line: position.line, character: 0 });
	const before = doc.text.slice(lineStart, offset);
	const key = keyLine.exec(before);
	if (key) {
		const section = sectionAt(doc, position.line, key[1].length);
		const range = { start: positionAt(doc.lines, lineStart + key[1].length), end: position };
		return keyItems(doc, section, key[1].length, range, ctx);
	}
	const value = valueLine.exec(before);
	if (!value) return [];
	const section = sectionAt(doc, position.line, value[1].length);
	const option = optionByYamlKey(section === '' ? value[2] : `${section}.${value[2]}`);
	if (!option) return [];
	return valueItems(option, { start: positionAt(doc.lines, offset - value[4].length), end: position });
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

function keyItems(doc: ConfigDocument, section: string, indent: number, range: Range, ctx: CompletionContext): CompletionItem[] {
	const set = new Set(doc.settings.map(s => s.key.toLowerCase()));
	const inSection = yamlKeysIn(ctx.version).filter(path => path.toLowerCase().startsWith(section === '' ? '' : section + '.'));
	const items = new Map<string, CompletionItem>();
	for (const path of inSection) {
		const rest = section === '' ? path : path.slice(section.length + 1);
		const name = rest.split('.')[0];
		if (items.has(name) || set.has(path.toLowerCase())) continue;
		const isSection = rest.includes('.');
		const option = isSection ? undefined : optionByYamlKey(path);
		items.set(name, {
			label: name,
			kind: isSection ? CompletionItemKind.Module : CompletionItemKind.Property,
			detail: option ? `--${option.name}` : undefined,
			documentation: option ? { kind: 'markdown', value: optionHover(option, ctx.version, leafOf(path), ctx.locale ?? 'en') } : undefined,
			textEdit: { range, newText: isSection ? `${name}:\n${' '.repeat(indent + 2)}` : `${name}: ` },
			deprecated: option?.status[ctx.version] === 'deprecated',
			sortText: `${option && (option.group === 'member' || option.group === 'clustering') ? 0 : 1}${name}`,
		});
	}
	return [...items.values()];
}
