import { optionByName } from '../etcd/options';
import { leafOf, parentOf, yamlSpelling } from '../etcd/yamlKeys';
import { lineNumber, type ConfigDocument, type Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { insertLinesAfter, removeSpan } from '../text/lineEdits';
import { lineStartOf } from '../text/lineScan';
import type { DocumentDialect } from './dialect';
import { yamlCompletionSite } from './yamlCompletion';
import { yamlValueOf, yamlValueText } from './yamlValues';

/*
 * A key of etcd's YAML config file (`--config-file`): nested mappings for the TLS sections, values with the YAML
 * type etcd's decoder wants.
 */

export const yamlDialect: DocumentDialect = {
	input: 'config-file',
	unit: 'key',
	spell: optionName => yamlSpelling(optionName),
	nameOf: setting => setting.key,
	supersedes: (candidate, current) => leafOf(candidate.key) >= leafOf(current.key),
	isGiven: setting => setting.yaml?.kind !== 'scalar' || setting.yaml.type !== 'null',
	nativeValue: (doc, setting) => doc.text.slice(setting.valueSpan.start, setting.valueSpan.end),
	writtenSpan: setting => ({ start: setting.keySpan.start, end: setting.valueSpan.end }),
	where: (doc, setting, words) => words.onLine(lineNumber(doc, setting.keySpan.start)),
	replaceValue: (doc, setting, value) => ({ span: setting.valueSpan, newText: yamlValueText(setting, value, doc.text.slice(setting.valueSpan.start, setting.valueSpan.end)) }),
	remove: (_doc, setting) => removeSpan(setting.statementSpan),
	written: (optionName, value) => `${yamlSpelling(optionName)}: ${yamlValueOf(optionByName(optionName)?.yamlValue, value)}`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		const path = yamlSpelling(optionName);
		const entry = `${leafOf(path)}: ${yamlValueOf(optionByName(optionName)?.yamlValue, value)}`;
		// A key of a section joins the anchor's section, where the anchor stands in it; a top-level key the top level.
		const after = parentOf(path) === '' ? lastTopLevel(doc, anchor) : sameSection(anchor, path) ? anchor : undefined;
		if (!after) return undefined;
		const lineStart = lineStartOf(doc.text, after.keySpan.start);
		const before = doc.text.slice(lineStart, after.keySpan.start);
		// A file may indent its whole mapping; the new key takes the indentation of its neighbour.
		return insertLinesAfter(doc.text, after.statementSpan, [(/^[ ]*$/.test(before) ? before : '') + entry]);
	},
	completionSite: yamlCompletionSite,
};

/** The anchor where it is a top-level key, else the file's last top-level key. */
function lastTopLevel(doc: ConfigDocument, anchor: Setting): Setting | undefined {
	if (!anchor.key.includes('.')) return anchor;
	return doc.settings.filter(s => !s.key.includes('.')).pop();
}

function sameSection(anchor: Setting, path: string): boolean {
	return parentOf(anchor.key).toLowerCase() === parentOf(path).toLowerCase();
}
