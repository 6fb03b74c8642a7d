import { parseDocument, type ParseHints } from '../parse/parseDocument';
import { documentContext, type EngineSettings } from '../validate/context';
import { findProblems } from '../validate/validate';
import { safeChanges } from './codeActions';
import { applyChanges } from '../text/lineEdits';

/** Applies every safe fix, again and again until nothing changes (a fix can reveal another), at most 10 rounds. */
export function fixText(uri: string, text: string, settings: EngineSettings, hints: ParseHints = {}): string {
	let current = text;
	for (let round = 0; round < 10; round++) {
		const doc = parseDocument(uri, current, hints);
		// A YAML file that does not parse is read differently once one piece of it changes: no fix is safe there.
		if (doc.yaml && doc.yaml.errors.length > 0) break;
		const changes = safeChanges(findProblems(doc, documentContext(doc, settings)));
		if (changes.length === 0) break;
		const next = applyChanges(current, changes);
		if (next === current) break;
		current = next;
	}
	return current;
}
