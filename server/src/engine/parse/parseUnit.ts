import { optionByEnv } from '../etcd/options';
import type { ConfigDocument, LoadedFile, Setting } from '../model/configDocument';
import { readWords, type Word } from '../parsers/daemonArgs';
import { markSpecifiers, parseUnit, type UnitDirective } from '../parsers/systemdUnit';
import { markVariables, programOf, runsEtcd, unitWords, wholeWordVariable, type UnitWord } from '../parsers/unitCommand';
import { hasTemplate, templateMark } from '../parsers/templates';
import { createLineIndex } from '../text/lineIndex';
import { commandLineSettings, isSwitch } from './commandLine';

/*
 * A systemd unit or drop-in that runs etcd: the variables of its [Service] Environment= lines reach etcd's
 * environment, and the flags of the ExecStart= that runs etcd its command line. An empty `Environment=` or
 * `ExecStart=` clears what came before (how drop-ins replace a unit's command).
 */

export function parseUnitDocument(uri: string, text: string): ConfigDocument {
	const service = parseUnit(text).filter(directive => directive.section === 'Service');
	const environment = afterLastReset(service, 'Environment').flatMap(environmentSettings);
	const command = afterLastReset(service, 'ExecStart').filter(d => runsEtcd(programOf(wordsOf(d)))).pop();
	const { flags, problems } = command ? commandLineSettings(readWords(commandArguments(wordsOf(command).slice(1)), isSwitch), index => index, 'unit-flag') : { flags: [], problems: [] };
	return {
		uri, text, lines: createLineIndex(text), format: 'unit', launcher: 'systemd',
		env: { text, hasBom: text.startsWith('\uFEFF'), nodes: [], shellDifferences: [] },
		settings: [...environment, ...flags], argumentProblems: problems,
		loads: afterLastReset(service, 'EnvironmentFile').flatMap(environmentFile),
	};
}

/**
 * The file an EnvironmentFile= names: one absolute path, `-` first when a missing file is skipped. A path that a
 * specifier (`%i`) or a glob completes names no one file here.
 */
function environmentFile(directive: UnitDirective): LoadedFile[] {
	const value = markSpecifiers({ text: directive.value, offsets: directive.offsets });
	const optional = value.text.startsWith('-');
	const path = optional ? value.text.slice(1) : value.text;
	if (!path.startsWith('/') || hasTemplate(path) || /[*?[]/.test(path)) return [];
	const from = optional ? 1 : 0;
	return [{ path, optional, span: { start: value.offsets[from], end: value.offsets[value.text.length - 1] + 1 } }];
}

function afterLastReset(directives: readonly UnitDirective[], key: string): UnitDirective[] {
	const own = directives.filter(directive => directive.key === key);
	const reset = own.map(directive => directive.value === '').lastIndexOf(true);
	return own.slice(reset + 1);
}

/** The unit's words of a directive, specifiers marked unknown. */
function wordsOf(directive: UnitDirective): UnitWord[] {
	return unitWords(markSpecifiers({ text: directive.value, offsets: directive.offsets }));
}

/**
 * etcd's arguments once systemd has put in the environment. A word that is a whole `$NAME` becomes the variable's
 * words, which the environment decides: where a flag waits for its value it is that value, unknown; elsewhere the
 * words cannot be read here, and they are left out rather than called stray.
 */
function commandArguments(words: readonly Word[]): Word[] {
	const result: Word[] = [];
	for (const word of words) {
		if (wholeWordVariable(word) === undefined) {
			result.push(markVariables(word));
			continue;
		}
		const previous = result[result.length - 1]?.text;
		const flag = previous !== undefined ? /^--?([^=-][^=]*)$/.exec(previous) : null;
		if (flag && !isSwitch(flag[1])) result.push({ text: templateMark.repeat(word.text.length), offsets: word.offsets });
	}
	return result;
}

const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function environmentSettings(directive: UnitDirective): Setting[] {
	return wordsOf(directive).flatMap(word => {
		const match = assignment.exec(word.text);
		if (!match) return [];
		const name = match[1];
		const from = name.length + 1;
		const end = word.offsets[word.offsets.length - 1];
		return [{
			key: name,
			option: optionByEnv(name),
			keySpan: { start: word.offsets[0], end: word.offsets[name.length - 1] + 1 },
			valueSpan: { start: word.offsets[from - 1] + 1, end },
			value: word.text.slice(from),
			valueOffsets: word.offsets.slice(from),
			statementSpan: { start: word.start, end },
			source: 'unit-env' as const,
		}];
	});
}
