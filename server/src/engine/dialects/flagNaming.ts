import { lineNumber, type Setting } from '../model/configDocument';
import type { Dialect } from './dialect';

/**
 * How a flag is named and read wherever it stands on its own line or word of a command (a unit's ExecStart=, a
 * container's `command:`): `own` tells the flags of that carrier, whose dashes a new flag copies and which a later
 * one of them supersedes.
 */
export function flagNaming(commandLine: string, own: (setting: Setting) => boolean) {
	return {
		input: 'command-line',
		unit: 'flag',
		commandLine,
		spell: (optionName: string, like?: Setting) => (like && own(like) ? like.key.replace(/^(--?).*$/, '$1') : '--') + optionName,
		nameOf: (setting: Setting) => setting.key.replace(/^--?/, ''),
		supersedes: (_candidate: Setting, current: Setting) => own(current),
		isGiven: () => true,
		nativeValue: () => undefined,
		writtenSpan: (setting: Setting) => setting.statementSpan,
		where: (doc, setting, words) => words.onLine(lineNumber(doc, setting.keySpan.start)),
	} satisfies Partial<Dialect>;
}
