import type { Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import type { Dialect } from './dialect';
import { flagNaming } from './flagNaming';
import { addEntryAfter, isPlain, removeEntry, scalarAround, yamlScalar } from './containerWriting';

/*
 * A flag that is an item of a container's `command:` or `args:` list (a Kubernetes container, a compose service's
 * list `command:`): `- --name=node1`, or a name item with its value in the next one. Edits stay in YAML: a value
 * changes in place where the item is plain, a removed flag takes its item's lines, a new flag is a new item in the
 * list's indentation.
 */

const isItemFlag = (setting: Setting) => setting.source === 'item-flag';

export const itemFlagDialect: Dialect = {
	...flagNaming('command:', isItemFlag),
	replaceValue(doc, setting, value) {
		const { keySpan, valueSpan, statementSpan } = setting;
		const joined = doc.text[keySpan.end] === '=' && valueSpan.start === keySpan.end + 1;
		if (!joined && valueSpan.start > keySpan.end) {
			// The value is an item of its own.
			const plain = isPlain(doc.text, valueSpan) && yamlScalar(value) === value;
			return { span: plain ? valueSpan : scalarAround(doc.text, valueSpan), newText: plain ? value : yamlScalar(value) };
		}
		if (joined && isPlain(doc.text, statementSpan) && yamlScalar(`${setting.key}=${value}`) === `${setting.key}=${value}`) return { span: valueSpan, newText: value };
		return { span: scalarAround(doc.text, { start: statementSpan.start, end: joined ? statementSpan.end : keySpan.end }), newText: yamlScalar(`${setting.key}=${value}`) };
	},
	remove(doc, setting) {
		const { keySpan, valueSpan } = setting;
		const separate = doc.text[keySpan.end] !== '=' && valueSpan.start > keySpan.end;
		const first = removeEntry(doc, keySpan);
		if (!separate) return removeEntry(doc, setting.statementSpan);
		const second = removeEntry(doc, valueSpan);
		return { span: { start: first.span.start, end: second.span.end }, newText: '' };
	},
	written: (optionName, value, like) => yamlScalar(`${itemFlagDialect.spell(optionName, like)}=${value}`),
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		if (!isItemFlag(anchor)) return undefined;
		return addEntryAfter(doc, anchor.statementSpan, [itemFlagDialect.written(optionName, value, anchor)]);
	},
};
