import type { TextEdit } from 'vscode-languageserver-types';
import { documentDialect } from '../dialects';
import type { EngineContext } from '../validate/context';
import type { ConfigDocument } from '../model/configDocument';
import { rangeOf } from '../text/lineIndex';

/** The document laid out in its carrier's house style; nothing where other tools own the layout (YAML). */
export function format(doc: ConfigDocument, ctx: EngineContext): TextEdit[] {
	const edits = documentDialect(doc).format?.(doc, { sortByGroup: ctx.sortByGroup }) ?? [];
	return edits.map(edit => ({ range: rangeOf(doc.lines, edit.span), newText: edit.newText }));
}
