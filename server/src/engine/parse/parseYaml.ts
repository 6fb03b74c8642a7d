import type { YamlValueKind } from '../etcd/options';
import { optionByYamlKey, yamlSections } from '../etcd/yamlKeys';
import type { ConfigDocument, DocumentTemplate, Setting } from '../model/configDocument';
import type { CommentNode } from '../parsers/envFile';
import { parseYamlFile, type YamlEntry } from '../parsers/yamlFile';
import { createLineIndex } from '../text/lineIndex';
import { formatGoDuration } from '../parsers/goValues';

/**
 * A YAML config file in the format-neutral model: one setting per key etcd decodes. `readable` is the text with a
 * template's syntax masked, as long as the text. Never throws.
 */
export function parseYamlDocument(uri: string, text: string, readable = text, template?: DocumentTemplate): ConfigDocument {
	const yaml = parseYamlFile(readable, { sections: yamlSections });
	const comments: CommentNode[] = yaml.comments.map(comment => ({ kind: 'comment', span: comment.span, text: comment.text, marker: '#' }));
	return {
		uri,
		text,
		lines: createLineIndex(text),
		format: 'yaml',
		launcher: 'config-file',
		...(template ? { template } : {}),
		env: { text: readable, hasBom: yaml.hasBom, nodes: comments, shellDifferences: [] },
		yaml,
		settings: yaml.entries.map(settingOf),
		argumentProblems: [],
	};
}

function settingOf(entry: YamlEntry): Setting {
	const value = entry.value;
	const option = optionByYamlKey(entry.path);
	const { text, offsets } = flagValueOf(entry, option?.yamlValue);
	return {
		key: entry.path,
		option,
		keySpan: entry.keySpan,
		valueSpan: entry.valueSpan,
		value: text,
		valueOffsets: offsets,
		statementSpan: entry.statementSpan,
		source: 'yaml',
		yaml: value,
	};
}

/**
 * The value as the same option takes it on the command line, which every rule reads: nanoseconds as a Go duration,
 * a whole number (`1e4`) in decimal, a list comma-separated. A rewritten value maps all its characters to the
 * scalar's start: the text no longer holds them one by one.
 */
function flagValueOf(entry: YamlEntry, kind: YamlValueKind | undefined): { text: string; offsets: readonly number[] } {
	const value = entry.value;
	if (value.kind === 'list') return joined(value.items, entry.valueSpan.end);
	if (value.kind === 'map') return { text: '', offsets: [entry.valueSpan.start] };
	const rewritten = value.integer === undefined ? undefined
		: kind === 'duration' ? formatGoDuration(BigInt(value.integer))
			: kind === 'integer' && value.integer !== value.text ? value.integer : undefined;
	if (rewritten === undefined) return value;
	return { text: rewritten, offsets: [...Array.from(rewritten, () => entry.valueSpan.start), entry.valueSpan.end] };
}

/** A YAML list as the comma-separated value the same option takes on the command line. */
function joined(items: readonly { text: string; offsets: readonly number[]; span: { end: number } }[], end: number): { text: string; offsets: number[] } {
	let text = '';
	const offsets: number[] = [];
	items.forEach((item, index) => {
		if (index > 0) {
			text += ',';
			offsets.push(items[index - 1].span.end);
		}
		text += item.text;
		// A loop, not push(...): a scalar of a few hundred thousand characters is more arguments than a call can take.
		for (let i = 0; i < item.text.length; i++) offsets.push(item.offsets[i]);
	});
	offsets.push(items.length > 0 ? items[items.length - 1].offsets[items[items.length - 1].text.length] : end);
	return { text, offsets };
}
