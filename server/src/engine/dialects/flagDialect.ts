import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import type { ValuePiece } from '../parsers/envFile';
import { removeSpan } from '../text/lineEdits';
import { blanksAfter, blanksBefore } from '../text/lineScan';
import type { Dialect } from './dialect';
import { bareOrQuoted } from './envQuoting';

/*
 * A flag in Debian's DAEMON_ARGS: systemd hands the variable's value to `etcd $DAEMON_ARGS`, split into words, and
 * Go's flag package reads the words. A flag's text therefore lives twice over inside another setting's value: as a
 * word of the command line, written inside DAEMON_ARGS's own quotes.
 */

export const daemonArgsFlagDialect: Dialect = {
	input: 'command-line',
	unit: 'flag',
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
		return { span, newText: (bareSwitch ? '=' : '') + inCarrier(doc, span.start, word(value, doc, span.start)) };
	},
	remove(doc, setting) {
		const { start, end } = setting.statementSpan;
		const later = lastArgumentStart(doc) >= end;
		return removeSpan(later ? { start, end: blanksAfter(doc.text, end) } : { start: blanksBefore(doc.text, start), end });
	},
	written: (optionName, value, like) => `${daemonArgsFlagDialect.spell(optionName, like)}=${bareOrQuoted(value, '\'')}`,
	addAfter(doc, anchor, optionName, value): TextChange {
		const at = anchor.statementSpan.end;
		const flag = `${daemonArgsFlagDialect.spell(optionName, anchor)}=${word(value, doc, at)}`;
		return { span: { start: at, end: at }, newText: ' ' + inCarrier(doc, at, flag) };
	},
};

/** A value as one word of the command line, in quotes that the surrounding DAEMON_ARGS quotes leave alone. */
function word(value: string, doc: ConfigDocument, offset: number): string {
	return bareOrQuoted(value, carrierPiece(doc, offset)?.kind === 'single' ? '"' : '\'');
}

/**
 * Text for a place inside DAEMON_ARGS's value, escaped for the quotes it stands in: systemd takes `\`, `"`, `` ` ``
 * and `$` from a double-quoted value only after a backslash, and a backslash from a bare one.
 */
function inCarrier(doc: ConfigDocument, offset: number, text: string): string {
	const piece = carrierPiece(doc, offset);
	if (piece?.kind === 'double') return text.replace(/["\\`$]/g, c => '\\' + c);
	if (piece?.kind === 'bare') return text.replace(/\\/g, '\\\\');
	return text;
}

/** The quoted or bare stretch of DAEMON_ARGS's value that holds an offset (before its closing quote). */
function carrierPiece(doc: ConfigDocument, offset: number): ValuePiece | undefined {
	for (const node of doc.env.nodes) {
		if (node.kind !== 'assignment' || offset < node.valueSpan.start || offset > node.valueSpan.end) continue;
		const inside = (piece: ValuePiece) => offset > piece.span.start && (offset < piece.span.end || !piece.closed || piece.kind === 'bare');
		return node.pieces.find(inside) ?? node.pieces[node.pieces.length - 1];
	}
	return undefined;
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
