import { CompletionItemKind, type CompletionItem, type Diagnostic, type Position } from 'vscode-languageserver-types';
import { documentInput, offsetAt, yamlRules, type ConfigDocument } from './engine';

/*
 * Living next to Red Hat's YAML extension. Our JSON Schema reaches it through `yamlValidation`, so on an etcd YAML
 * file it already reports what a schema can say (syntax, unknown keys, types, list shapes, enum values, duplicate
 * keys), shows the schema's description of a key on hover and completes keys and enum values. With it installed
 * (the client tells us in `initializationOptions.yamlCompanion`), this server keeps to what the schema cannot know:
 * etcd's own checks, the cluster rules, hovers on values, and the fixes, which still attach to the YAML
 * extension's squiggles because code actions are computed from every finding, published or not.
 */

/** Findings the YAML extension already shows from our schema, in its own words: every YAML rule's. */
const shownBySchema = new Set(yamlRules.map(rule => rule.id));

/** The diagnostics to publish for a YAML file while the YAML extension shows the schema's. */
export function withoutSchemaFindings(doc: ConfigDocument, diagnostics: Diagnostic[]): Diagnostic[] {
	if (documentInput(doc) !== 'config-file') return diagnostics;
	return diagnostics.filter(diagnostic => !shownBySchema.has(String(diagnostic.code)) && !(diagnostic.code === 'invalid-value' && enumValue(doc, diagnostic)));
}

/** An invalid value of an option with a fixed set of values: the schema's enum says that already. */
function enumValue(doc: ConfigDocument, diagnostic: Diagnostic): boolean {
	const offset = offsetAt(doc.lines, diagnostic.range.start);
	const setting = doc.settings.find(s => s.valueSpan.start <= offset && offset <= s.valueSpan.end);
	return setting?.option?.values !== undefined;
}

/** Whether a position is on a key, whose hover the YAML extension gives from the schema. */
export function onKey(doc: ConfigDocument, position: Position): boolean {
	if (documentInput(doc) !== 'config-file') return false;
	const offset = offsetAt(doc.lines, position);
	return doc.settings.some(s => s.keySpan.start <= offset && offset <= s.keySpan.end);
}

/**
 * Completion beside the YAML extension: keys, enum values and booleans come from the schema there, so only what
 * the schema cannot know stays (the cluster list built from the other members, member names, a fresh token, URLs).
 */
export function withoutSchemaCompletions(doc: ConfigDocument, items: CompletionItem[]): CompletionItem[] {
	if (documentInput(doc) !== 'config-file') return items;
	const fromSchema = new Set<CompletionItemKind>([CompletionItemKind.Property, CompletionItemKind.Module, CompletionItemKind.EnumMember]);
	return items.filter(item => !fromSchema.has(item.kind ?? CompletionItemKind.Text) && !(item.label === 'true' || item.label === 'false'));
}
