import { formatGoDuration } from './etcd/values';
import { optionByYamlKey, yamlSections } from './etcd/yamlKeys';
import type { ConfigDocument, Setting } from './model';
import type { CommentNode } from './syntax/envFile';
import { parseYamlFile, type YamlEntry } from './syntax/yamlFile';
import { createLineIndex } from './text';

/** A YAML config file in the format-neutral model: one setting per key etcd decodes. Never throws. */
export function parseYamlDocument(uri: string, text: string): ConfigDocument {
	const yaml = parseYamlFile(text, { sections: yamlSections });
	const comments: CommentNode[] = yaml.comments.map(comment => ({ kind: 'comment', span: comment.span, text: comment.text, marker: '#' }));
	return {
		uri,
		text,
		lines: createLineIndex(text),
		format: 'yaml',
		env: { text, hasBom: yaml.hasBom, nodes: comments, shellDifferences: [] },
		yaml,
		settings: yaml.entries.map(settingOf),
		argumentProblems: [],
	};
}

function settingOf(entry: YamlEntry): Setting {
	const value = entry.value;
	const option = optionByYamlKey(entry.path);
	const whole = value.kind === 'scalar' ? value.integer : undefined;
	const { text, offsets } = option?.yamlValue === 'duration' && whole !== undefined ? nanoseconds(whole, entry.valueSpan)
		: option?.yamlValue === 'integer' && value.kind === 'scalar' && whole !== undefined && whole !== value.text ? { text: whole, offsets: [...Array.from(whole, () => entry.valueSpan.start), entry.valueSpan.end] }
			: value.kind === 'scalar' ? value
		: value.kind === 'list' ? joined(value.items, entry.valueSpan.end)
			: { text: '', offsets: [entry.valueSpan.start] };
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

/** A duration written as nanoseconds, in the Go syntax the same option takes on the command line. */
function nanoseconds(digits: string, span: { start: number; end: number }): { text: string; offsets: number[] } {
	const text = formatGoDuration(BigInt(digits));
	return { text, offsets: [...Array.from(text, () => span.start), span.end] };
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
