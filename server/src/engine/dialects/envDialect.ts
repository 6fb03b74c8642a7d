import { envNameOf } from '../etcd/options';
import { lineNumber, type ConfigDocument, type Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { insertLinesAfter, removeSpan } from '../text/lineEdits';
import type { DocumentDialect } from './dialect';
import { envCompletionSite, envSkeleton } from './envCompletion';
import { formatEnvFile } from './envFormat';
import { bareOrQuoted, doubleQuote } from './envQuoting';

/*
 * An assignment in an env file as systemd's EnvironmentFile= reads it: `ETCD_NAME="pg1"`, one per line, later lines
 * winning over earlier ones.
 */

const variableName = /^ETCD_[A-Z0-9_]+$/;

/** How an `ETCD_*` variable is named and read, wherever it is assigned (an env file, a unit's Environment=). */
export const variableNaming = {
	input: 'environment',
	unit: 'line',
	spell: optionName => envNameOf(optionName),
	nameOf: setting => variableName.test(setting.key) ? setting.key.slice('ETCD_'.length).toLowerCase().replace(/_/g, '-') : '',
	supersedes: () => true,
	isGiven: setting => setting.value !== '',
	nativeValue: () => undefined,
} satisfies Partial<DocumentDialect>;

export const envDialect: DocumentDialect = {
	...variableNaming,
	writtenSpan: setting => ({ start: setting.keySpan.start, end: setting.valueSpan.end }),
	where: (doc, setting, words) => words.onLine(lineNumber(doc, setting.keySpan.start)),
	replaceValue: (doc, setting, value) => ({ span: setting.valueSpan, newText: requoted(doc.text, setting, value) }),
	remove: (_doc, setting) => removeSpan(setting.statementSpan),
	written: (optionName, value) => `${envNameOf(optionName)}=${doubleQuote(value)}`,
	addAfter(doc, anchor, optionName, value, likeAnchor): TextChange | undefined {
		// A value whose quote is never closed runs to the end of the file: a line after it would be part of it.
		if (unclosed(doc, anchor)) return undefined;
		const bare = likeAnchor && doc.text[anchor.valueSpan.start] !== '"';
		const line = bare ? `${envNameOf(optionName)}=${bareOrQuoted(value, '"')}` : envDialect.written(optionName, value);
		return insertLinesAfter(doc.text, anchor.statementSpan, [line]);
	},
	completionSite: envCompletionSite,
	loadable: true,
	skeleton: envSkeleton,
	format: formatEnvFile,
};

function unclosed(doc: ConfigDocument, setting: Setting): boolean {
	return doc.env.nodes.some(node => node.kind === 'assignment' && node.span.start === setting.statementSpan.start && node.pieces.some(piece => !piece.closed));
}

/**
 * A new value in the quoting the old one had: double quotes stay (with `"`, `\`, `` ` `` and `$` escaped), single
 * quotes stay where they can, a bare value stays bare where systemd reads it back unchanged, and anything else
 * becomes double-quoted.
 */
function requoted(text: string, setting: Setting, value: string): string {
	const written = text.slice(setting.valueSpan.start, setting.valueSpan.end);
	const quote = written[0];
	const singleQuoted = quote === '\'' && written.endsWith('\'') && written.length >= 2;
	const doubleQuoted = quote === '"' && written.endsWith('"') && written.length >= 2;
	if (singleQuoted && !value.includes('\'')) return `'${value}'`;
	if (doubleQuoted || written === '' && text[setting.valueSpan.start - 1] === '"') return doubleQuote(value);
	return bareOrQuoted(value, '"');
}
