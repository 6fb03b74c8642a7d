import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { blanksBefore } from '../text/lineScan';
import type { Dialect } from './dialect';
import { flagNaming } from './flagNaming';
import { blank, continuesAfter, lineAround, previousLine, unitWord } from './unitWriting';

/*
 * A flag of the etcd command line in a systemd unit's ExecStart=: `--name=infra0`, often one flag a line with
 * backslash continuations. Edits keep that layout: a new flag goes on a continued line of its own where the command
 * already spans lines, a removed flag takes its line with it.
 */

const isFlag = (setting: Setting) => setting.source === 'flag' || setting.source === 'unit-flag';

export const unitFlagDialect: Dialect = {
	...flagNaming('ExecStart=', isFlag),
	replaceValue(doc, setting, value) {
		const { keySpan, valueSpan, statementSpan } = setting;
		const written = doc.text.slice(valueSpan.start, valueSpan.end);
		const plain = doc.text.slice(statementSpan.start, keySpan.end) === setting.key && !/["'\\%$]/.test(written);
		if (plain && valueSpan.start > keySpan.end) return { span: valueSpan, newText: unitWord(value, true) };
		// A bare switch, or a flag inside quotes: the whole word is written anew.
		return { span: statementSpan, newText: `${setting.key}=${unitWord(value, true)}` };
	},
	remove(doc, setting) {
		const { start, end } = setting.statementSpan;
		const line = lineAround(doc.text, start);
		const alone = blank(doc.text, { start: line.start, end: start }) && /^[ \t]*(\\[ \t]*)?$/.test(doc.text.slice(end, line.end));
		if (!alone) return { span: { start: blanksBefore(doc.text, start), end }, newText: '' };
		if (continuesAfter(doc.text, line, end)) return { span: { start: line.start, end: line.next }, newText: '' };
		// The command's last line: the line before it ends the command instead.
		const before = previousLine(doc, line.start);
		const cut = before && continuesAfter(doc.text, before, before.start) ? blanksBefore(doc.text, doc.text.lastIndexOf('\\', before.end)) : line.start;
		return { span: { start: cut, end: line.end }, newText: '' };
	},
	written: (optionName, value, like) => `${unitFlagDialect.spell(optionName, like)}=${unitWord(value, true)}`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		if (!isFlag(anchor)) return undefined;
		const flag = unitFlagDialect.written(optionName, value, anchor);
		const at = anchor.statementSpan.end;
		const line = lineAround(doc.text, at);
		const indent = /^[ \t]*/.exec(doc.text.slice(line.start, line.end))?.[0] ?? '';
		const eol = doc.text.slice(line.end, line.next) || '\n';
		if (continuesAfter(doc.text, line, at)) return { span: { start: line.next, end: line.next }, newText: `${indent}${flag} \\${eol}` };
		const continued = previousLine(doc, line.start);
		if (blank(doc.text, { start: at, end: line.end }) && continued && continuesAfter(doc.text, continued, continued.start)) {
			return { span: { start: at, end: at }, newText: ` \\${eol}${indent}${flag}` };
		}
		return { span: { start: at, end: at }, newText: ` ${flag}` };
	},
};

export function unitFlagsOf(doc: ConfigDocument): Setting[] {
	return doc.settings.filter(setting => setting.source === 'unit-flag');
}
