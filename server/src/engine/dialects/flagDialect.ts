import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { commandLineWord, leavesQuoteOpen } from '../parsers/daemonArgs';
import type { ValuePiece } from '../parsers/envFile';
import type { Span } from '../text/lineIndex';
import { blanksAfter, blanksBefore } from '../text/lineScan';
import type { Dialect } from './dialect';
import { envDialect } from './envDialect';

/*
 * A flag in Debian's DAEMON_ARGS: systemd hands the variable's value to `etcd $DAEMON_ARGS`, split into words, and
 * Go's flag package reads the words. A flag's text therefore lives twice over inside another setting's value: as a
 * word of the command line, written inside DAEMON_ARGS's own quotes.
 */

export const daemonArgsFlagDialect: Dialect = {
	input: 'command-line',
	unit: 'flag',
	commandLine: 'DAEMON_ARGS',
	spell: (optionName, like) => (like ? like.key.replace(/^(--?).*$/, '$1') : '--') + optionName,
	nameOf: setting => setting.key.replace(/^--?/, ''),
	supersedes: (_candidate, current) => isFlag(current),
	isGiven: () => true,
	nativeValue: () => undefined,
	writtenSpan: setting => setting.statementSpan,
	where: (_doc, _setting, words) => words.inArgs,
	replaceValue(doc, setting, value) {
		const span = setting.valueSpan;
		// A switch alone (`--auto-tls`) has no written value: the new one follows an `=`.
		const bareSwitch = span.start === span.end && span.start === setting.keySpan.end;
		return commandLineEdit(doc, span, (bareSwitch ? '=' : '') + word(value, doc, span.start));
	},
	remove(doc, setting) {
		const { start, end } = setting.statementSpan;
		const later = lastArgumentStart(doc) >= end;
		return commandLineEdit(doc, later ? { start, end: blanksAfter(doc.text, end) } : { start: blanksBefore(doc.text, start), end }, '');
	},
	written: (optionName, value, like) => `${daemonArgsFlagDialect.spell(optionName, like)}=${commandLineWord(value)}`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		const at = anchor.statementSpan.end;
		// After a quote the command line never closes, a new flag would be part of the quoted word.
		const carrier = carrierAt(doc, at)?.setting;
		if (carrier && leavesQuoteOpen(carrier.value)) return undefined;
		return commandLineEdit(doc, { start: at, end: at }, ` ${daemonArgsFlagDialect.spell(optionName, anchor)}=${word(value, doc, at)}`);
	},
};

/** A value as one word of the command line, in quotes that the surrounding DAEMON_ARGS quotes leave alone. */
function word(value: string, doc: ConfigDocument, offset: number): string {
	return commandLineWord(value, carrierAt(doc, offset)?.piece?.kind === 'single' ? '"' : '\'');
}

/**
 * An edit of the command line: the text of [span] inside DAEMON_ARGS becomes `words`. Where the span lies inside one
 * stretch of the value and the words can be written in its quotes, only it changes; otherwise (a newline for a bare
 * value, a `'` for a single-quoted one, a span across quotes) the whole value is written anew in quotes that hold it.
 */
function commandLineEdit(doc: ConfigDocument, span: Span, words: string): TextChange {
	const carrier = carrierAt(doc, span.start);
	const piece = carrier?.piece;
	const within = piece && span.start > piece.span.start - (piece.kind === 'bare' ? 1 : 0) && span.end <= contentEnd(piece);
	const escaped = piece && within ? inPiece(piece, words) : undefined;
	if (escaped !== undefined || !carrier) return { span, newText: escaped ?? words };
	const setting = carrier.setting;
	const index = (offset: number) => {
		const found = setting.valueOffsets.findIndex(at => at >= offset);
		return found < 0 ? setting.value.length : found;
	};
	const value = setting.value.slice(0, index(span.start)) + words + setting.value.slice(index(span.end));
	return envDialect.replaceValue(doc, setting, value);
}

/** Where a stretch's own text ends: before its closing quote. */
function contentEnd(piece: ValuePiece): number {
	return piece.kind !== 'bare' && piece.closed ? piece.span.end - 1 : piece.span.end;
}

/**
 * Text written into a stretch of DAEMON_ARGS's value, escaped for its quotes, or undefined where it cannot be: systemd
 * takes `\`, `"`, `` ` `` and `$` from a double-quoted value only after a backslash, keeps a single-quoted one as it is
 * up to the next `'`, and reads a backslash from a bare one, which ends at the line's end.
 */
function inPiece(piece: ValuePiece, text: string): string | undefined {
	if (piece.kind === 'double') return text.replace(/["\\`$]/g, c => '\\' + c);
	if (piece.kind === 'single') return text.includes('\'') ? undefined : text;
	return /[\r\n]/.test(text) ? undefined : text.replace(/\\/g, '\\\\');
}

/** The DAEMON_ARGS setting whose value holds an offset, and the quoted or bare stretch of it there. */
function carrierAt(doc: ConfigDocument, offset: number): { setting: Setting; piece: ValuePiece | undefined } | undefined {
	const setting = doc.settings.filter(s => !isFlag(s) && s.valueSpan.start <= offset && offset <= s.valueSpan.end).pop();
	const node = setting && doc.env.nodes.find(n => n.kind === 'assignment' && n.span.start === setting.statementSpan.start);
	if (!setting || node?.kind !== 'assignment') return undefined;
	const inside = (piece: ValuePiece) => offset > piece.span.start && offset <= contentEnd(piece);
	return { setting, piece: node.pieces.find(inside) ?? node.pieces[node.pieces.length - 1] };
}

const lastArgumentStarts = new WeakMap<ConfigDocument, number>();

/** Where the last DAEMON_ARGS argument starts: once per document, since every flag's removal asks. */
function lastArgumentStart(doc: ConfigDocument): number {
	let last = lastArgumentStarts.get(doc);
	if (last === undefined) {
		last = [...doc.settings.filter(isFlag).map(s => s.statementSpan), ...doc.argumentProblems.map(p => p.span)]
			.reduce((latest, span) => Math.max(latest, span.start), -1);
		lastArgumentStarts.set(doc, last);
	}
	return last;
}

function isFlag(setting: Setting): boolean {
	return setting.source === 'flag';
}
