import type { ConfigDocument, Setting } from '../../model/configDocument';
import type { TextChange } from '../rule';
import { lineEndingOf } from '../../text/lineEdits';
import { lineStartOf } from '../../text/lineScan';
import { leafOf, parentOf } from '../../etcd/yamlKeys';

/**
 * The edits that put a top-level key under its proper YAML path, keeping its value as written: a rename where the
 * path is top-level too, an entry added to the section where the file already has it, or a new section in place
 * of the key otherwise. Undefined where the file's layout leaves no safe place (a section written inline).
 */
export function moveKey(doc: ConfigDocument, setting: Setting, path: string): TextChange[] | undefined {
	if (parentOf(setting.key) !== '') return parentOf(setting.key).toLowerCase() === parentOf(path).toLowerCase() ? [{ span: setting.keySpan, newText: leafOf(path) }] : undefined;
	const section = parentOf(path);
	if (section === '') return [{ span: setting.keySpan, newText: path }];
	if (section.includes('.')) return undefined;
	const value = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
	const eol = lineEndingOf(doc.text);
	const siblings = doc.settings.filter(s => parentOf(s.key).toLowerCase() === section.toLowerCase());
	const remove: TextChange = { span: setting.statementSpan, newText: '' };
	if (siblings.length === 0) {
		if (doc.settings.some(s => s.key.toLowerCase() === section.toLowerCase())) return undefined;
		// The section stands where the key stood, at its indentation: a file may indent its whole mapping.
		const indent = doc.text.slice(setting.statementSpan.start, setting.keySpan.start);
		return [{ span: setting.statementSpan, newText: `${indent}${section}:${eol}${indent}  ${leafOf(path)}: ${value}${eol}` }];
	}
	const last = siblings[siblings.length - 1];
	const lineStart = lineStartOf(doc.text, last.keySpan.start);
	const indent = doc.text.slice(lineStart, last.keySpan.start);
	if (!/^[ ]+$/.test(indent) || last.statementSpan.start !== lineStart) return undefined;
	const atEnd = last.statementSpan.end === doc.text.length && !/[\r\n]$/.test(doc.text);
	const insert: TextChange = { span: { start: last.statementSpan.end, end: last.statementSpan.end }, newText: `${atEnd ? eol : ''}${indent}${leafOf(path)}: ${value}${atEnd ? '' : eol}` };
	return [remove, insert];
}
