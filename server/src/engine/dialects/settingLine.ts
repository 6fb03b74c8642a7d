import { doubleQuote, insertLinesAfter } from './edits';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../rules/rule';
import { lineStartOf } from '../text/lineIndex';
import { envNameOf, optionByName } from '../etcd/options';
import { yamlValueOf } from '../rules/shared/yamlChecks';
import { yamlSpelling } from '../etcd/yamlKeys';

/**
 * A whole new line that sets an option, in the document's own format: `ETCD_X="value"` in an env file,
 * `x: value` in a YAML file (for the top-level keys the fixes add; `value` is in the flag spelling).
 */
export function settingLine(doc: ConfigDocument, optionName: string, value: string): string {
	if (doc.format === 'yaml') return `${yamlSpelling(optionName)}: ${yamlValueOf(optionByName(optionName)?.yamlValue, value)}`;
	return `${envNameOf(optionName)}=${doubleQuote(value)}`;
}

/**
 * Adds that line after another setting. In YAML the new key joins the top level, so it goes after a top-level key
 * and with its indentation (a file may indent its whole mapping).
 */
export function addSettingAfter(doc: ConfigDocument, anchor: Setting, optionName: string, value: string): TextChange {
	const line = settingLine(doc, optionName, value);
	if (doc.format !== 'yaml') return insertLinesAfter(doc.text, anchor.statementSpan, [line]);
	const topLevel = anchor.key.includes('.') ? doc.settings.filter(s => !s.key.includes('.')).pop() ?? anchor : anchor;
	const lineStart = lineStartOf(doc.text, topLevel.keySpan.start);
	const indent = /^[ ]*$/.test(doc.text.slice(lineStart, topLevel.keySpan.start)) ? doc.text.slice(lineStart, topLevel.keySpan.start) : '';
	return insertLinesAfter(doc.text, topLevel.statementSpan, [indent + line]);
}
