import { legacyIgnoredNames, optionByName } from '../etcd/options';
import type { ArgumentProblem, Setting } from '../model/configDocument';
import type { Argument, FlagArgument } from '../parsers/daemonArgs';

type FlagSource = 'flag' | 'unit-flag' | 'item-flag' | 'word-flag';

/* A command line's words as settings: DAEMON_ARGS's, a unit's ExecStart='s. */

/** Go reads booleans, the ignored names left from etcd 2 and its own -h/-help as switches: the next word is not their value. */
export function isSwitch(name: string): boolean {
	return optionByName(name)?.type === 'bool' || legacyIgnoredNames.includes(name) || name === 'h' || name === 'help';
}

/**
 * The settings and argument problems of a command line read by Go's flag package; `at` maps the arguments' offsets
 * to the text's (identity where the words already carry file offsets).
 */
export function commandLineSettings(args: readonly Argument[], at: (index: number) => number, source: FlagSource): { flags: Setting[]; problems: ArgumentProblem[] } {
	const spanOf = (from: number, to: number) => ({ start: at(from), end: to > from ? at(to - 1) + 1 : at(from) });
	const flags: Setting[] = [];
	const problems: ArgumentProblem[] = [];
	for (const argument of args) {
		if (argument.kind === 'stray') {
			problems.push({ kind: 'stray', span: spanOf(argument.from, argument.to), text: argument.text });
			continue;
		}
		if (argument.missingValue) problems.push({ kind: 'missing-value', span: spanOf(argument.nameFrom, argument.nameTo), text: argument.name });
		flags.push(flagSetting(argument, spanOf, at, source));
	}
	return { flags, problems };
}

function flagSetting(argument: FlagArgument, spanOf: (from: number, to: number) => { start: number; end: number }, at: (index: number) => number, source: FlagSource): Setting {
	const valueFrom = argument.valueOffsets[0];
	const valueTo = argument.valueOffsets[argument.valueOffsets.length - 1];
	const keySpan = spanOf(argument.nameFrom, argument.nameTo);
	// A switch alone (`--auto-tls`) is true without a written value: its value is the empty span after its name.
	const implicit = argument.value !== '' && valueFrom === valueTo;
	return {
		key: `--${argument.name}`,
		option: optionByName(argument.name),
		keySpan,
		valueSpan: implicit ? { start: keySpan.end, end: keySpan.end } : spanOf(valueFrom, valueTo),
		value: argument.value,
		valueOffsets: argument.valueOffsets.map(at),
		statementSpan: spanOf(argument.from, argument.to),
		source,
	};
}
