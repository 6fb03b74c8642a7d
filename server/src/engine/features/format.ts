import type { TextEdit } from 'vscode-languageserver-types';
import { documentDialect, type FormatOptions } from '../dialects';
import type { ConfigDocument } from '../model/configDocument';
import { rangeOf } from '../text/lineIndex';

export type { FormatOptions } from '../dialects';

/** The document laid out in its carrier's house style; nothing where other tools own the layout (YAML). */
export function format(doc: ConfigDocument, options: FormatOptions): TextEdit[] {
	const edits = documentDialect(doc).format?.(doc, options) ?? [];
	return edits.map(edit => ({ range: rangeOf(doc.lines, edit.span), newText: edit.newText }));
}
