import { envNameOf } from '../etcd/options';
import { lineNumber, type Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { insertLinesAfter } from '../text/lineEdits';
import { blanksBefore } from '../text/lineScan';
import type { DocumentDialect } from './dialect';
import { variableNaming } from './envDialect';
import { unitCompletionSite } from './unitCompletion';
import { blank, lineAround, unitWord } from './unitWriting';

/*
 * A variable of a systemd unit's `Environment=` line: each word of the line is one `NAME=value` assignment, quoted
 * as a whole where it holds blanks (`Environment="ETCD_NAME=infra 0"`), specifiers expanded.
 */

export const unitEnvDialect: DocumentDialect = {
	...variableNaming,
	writtenSpan: setting => setting.statementSpan,
	where: (doc, setting, words) => words.onLine(lineNumber(doc, setting.keySpan.start)),
	replaceValue(doc, setting, value) {
		const written = doc.text.slice(setting.statementSpan.start, setting.statementSpan.end);
		const word = unitWord(value, false);
		if (written === `${setting.key}=${written.slice(setting.key.length + 1)}` && !/["'\\%]/.test(written) && !word.startsWith('"')) {
			return { span: setting.valueSpan, newText: word };
		}
		return { span: setting.statementSpan, newText: unitWord(`${setting.key}=${value}`, false) };
	},
	remove(doc, setting) {
		const { start, end } = setting.statementSpan;
		const line = lineAround(doc.text, start);
		const only = /^[ \t]*Environment[ \t]*=[ \t]*$/.test(doc.text.slice(line.start, start)) && blank(doc.text, { start: end, end: line.end });
		return { span: only ? { start: line.start, end: line.next } : { start: blanksBefore(doc.text, start), end }, newText: '' };
	},
	written: (optionName, value) => `Environment=${unitWord(`${envNameOf(optionName)}=${value}`, false)}`,
	addAfter(doc, anchor: Setting, optionName, value): TextChange | undefined {
		if (anchor.source !== 'unit-env') return undefined;
		const line = lineAround(doc.text, anchor.statementSpan.end);
		return insertLinesAfter(doc.text, { start: line.start, end: line.next }, [unitEnvDialect.written(optionName, value)]);
	},
	completionSite: unitCompletionSite,
	launches: true,
	envFileNote: 'unitEnvironmentFile',
};
