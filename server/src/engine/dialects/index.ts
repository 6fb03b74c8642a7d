import { valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import type { EtcdInput, WhereWords } from './dialect';
import { dialectOf, documentDialect } from './dialectOf';
import { effectiveSetting } from './effective';

export { dialectOf, documentDialect, variableDialect } from './dialectOf';
export type { CompletionSite, Dialect, DocumentDialect, EtcdInput, FormatOptions, KeyChoice, WhereWords } from './dialect';

/** Which of etcd's inputs the setting reaches. */
export function inputOf(setting: Setting): EtcdInput {
	return dialectOf(setting).input;
}

/** The setting that holds the command line's flags, where the document has one (Debian's DAEMON_ARGS). */
export function flagCarrier(doc: ConfigDocument): Setting | undefined {
	if (!carriers.has(doc)) carriers.set(doc, doc.settings.filter(s => s.source === 'env' && s.key === 'DAEMON_ARGS').pop());
	return carriers.get(doc);
}

// Documents never change, and every flag's fix asks: found once per document. Only the last DAEMON_ARGS line
// reaches the unit's command line.
const carriers = new WeakMap<ConfigDocument, Setting | undefined>();

/** What the command line a flag stands in is called, for messages. */
export function commandLineOf(setting: Setting): string {
	return dialectOf(setting).commandLine ?? 'DAEMON_ARGS';
}

export function spelled(optionName: string, like: Setting): string {
	return dialectOf(like).spell(optionName, like);
}

export function isGiven(setting: Setting): boolean {
	return dialectOf(setting).isGiven(setting);
}

export function writtenSpan(setting: Setting) {
	return dialectOf(setting).writtenSpan(setting);
}

export function whereWritten(doc: ConfigDocument, setting: Setting, words: WhereWords): string {
	return dialectOf(setting).where(doc, setting, words);
}

export function replaceValue(doc: ConfigDocument, setting: Setting, value: string): TextChange {
	return dialectOf(setting).replaceValue(doc, setting, value);
}

export function removeSetting(doc: ConfigDocument, setting: Setting): TextChange {
	return dialectOf(setting).remove(doc, setting);
}

/** New text for decoded characters [from, to) of a value. */
export interface PieceEdit {
	readonly from: number;
	readonly to: number;
	readonly newText: string;
}

/**
 * Replaces pieces of a value. Where the text holds exactly those characters (no quotes or escapes inside) and the
 * new text needs no quoting, only they change; otherwise the whole value is rewritten in its own quoting.
 */
export function replacePieces(doc: ConfigDocument, setting: Setting, pieces: readonly PieceEdit[]): TextChange[] {
	const verbatim = (piece: PieceEdit) => {
		const span = valueSubspan(setting, piece.from, piece.to);
		return /^[A-Za-z0-9._:/[\]@%+=-]*$/.test(piece.newText) && span.end - span.start === piece.to - piece.from
			&& doc.text.slice(span.start, span.end) === setting.value.slice(piece.from, piece.to);
	};
	if (pieces.every(verbatim)) return pieces.map(piece => ({ span: valueSubspan(setting, piece.from, piece.to), newText: piece.newText }));
	const value = [...pieces].sort((a, b) => b.from - a.from).reduce((text, piece) => text.slice(0, piece.from) + piece.newText + text.slice(piece.to), setting.value);
	return [replaceValue(doc, setting, value)];
}

/** Replaces decoded characters [from, to) of a value; see replacePieces. */
export function pieceChange(doc: ConfigDocument, setting: Setting, from: number, to: number, newText: string): TextChange {
	return replacePieces(doc, setting, [{ from, to, newText }])[0];
}

/**
 * Gives an option a value: the setting etcd reads for it gets the new value (an empty variable counts: etcd would
 * refuse it beside a new flag), or else a new setting follows `anchor`, in the anchor's carrier. Its text (for a
 * fix's title) and the change; undefined where the carrier has no room for it.
 */
export function addSetting(doc: ConfigDocument, anchor: Setting, optionName: string, value: string, likeAnchor = false): { text: string; change: TextChange } | undefined {
	const existing = effectiveSetting(doc, optionName);
	const dialect = dialectOf(existing ?? anchor);
	const change = existing ? dialect.replaceValue(doc, existing, value) : dialect.addAfter(doc, anchor, optionName, value, likeAnchor);
	return change && { text: dialect.written(optionName, value, existing ?? anchor), change };
}

/** Which of etcd's inputs the document's own statements reach: the environment, or the YAML config file. */
export function documentInput(doc: ConfigDocument): EtcdInput {
	return documentDialect(doc).input;
}
