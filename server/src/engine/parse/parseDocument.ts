import { legacyIgnoredNames, optionByEnv, optionByName } from '../etcd/options';
import type { ArgumentProblem, ConfigDocument, Setting } from '../model/configDocument';
import { readArguments, type FlagArgument } from '../parsers/daemonArgs';
import { parseEnvFile, type AssignmentNode } from '../parsers/envFile';
import { createLineIndex } from '../text/lineIndex';
import { isYamlPath } from './fileNames';
import { parseYamlDocument } from './parseYaml';

/**
 * Parses a document's text into the format-neutral model; the name decides the format unless `format` says (an
 * editor may know a file is YAML whatever its name). Never throws.
 */
export function parseDocument(uri: string, text: string, format?: 'env' | 'yaml'): ConfigDocument {
	if (format === 'yaml' || format === undefined && isYamlPath(uri)) return parseYamlDocument(uri, text);
	const env = parseEnvFile(text);
	const settings = env.nodes
		.filter((node): node is AssignmentNode => node.kind === 'assignment' && node.validName)
		.map(settingOf);
	// Only the last DAEMON_ARGS line reaches the unit's command line.
	const daemonArgs = settings.filter(setting => setting.key === 'DAEMON_ARGS').pop();
	const { flags, problems } = daemonArgs ? flagSettings(daemonArgs) : { flags: [], problems: [] };
	return { uri, text, lines: createLineIndex(text), format: 'env', env, settings: [...settings, ...flags], argumentProblems: problems };
}

function settingOf(node: AssignmentNode): Setting {
	return {
		key: node.name,
		option: optionByEnv(node.name),
		keySpan: node.nameSpan,
		valueSpan: node.valueSpan,
		value: node.value,
		valueOffsets: node.valueOffsets,
		statementSpan: node.span,
		source: 'env',
	};
}

/** Go reads booleans, the ignored names left from etcd 2 and its own -h/-help as switches: the next word is not their value. */
function isSwitch(name: string): boolean {
	return optionByName(name)?.type === 'bool' || legacyIgnoredNames.includes(name) || name === 'h' || name === 'help';
}

function flagSettings(daemonArgs: Setting): { flags: Setting[]; problems: ArgumentProblem[] } {
	const at = (index: number) => daemonArgs.valueOffsets[index];
	const spanOf = (from: number, to: number) => ({ start: at(from), end: to > from ? at(to - 1) + 1 : at(from) });
	const flags: Setting[] = [];
	const problems: ArgumentProblem[] = [];
	for (const argument of readArguments(daemonArgs.value, isSwitch)) {
		if (argument.kind === 'stray') {
			problems.push({ kind: 'stray', span: spanOf(argument.from, argument.to), text: argument.text });
			continue;
		}
		if (argument.missingValue) problems.push({ kind: 'missing-value', span: spanOf(argument.nameFrom, argument.nameTo), text: argument.name });
		flags.push(flagSetting(argument, spanOf, at));
	}
	return { flags, problems };
}

function flagSetting(argument: FlagArgument, spanOf: (from: number, to: number) => { start: number; end: number }, at: (index: number) => number): Setting {
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
		source: 'flag',
	};
}
