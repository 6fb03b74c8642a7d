import { optionByEnv } from '../etcd/options';
import type { ArgumentProblem, ConfigDocument, DocumentTemplate, Setting } from '../model/configDocument';
import { parseComposeEnvFile } from '../parsers/composeEnv';
import { readArguments } from '../parsers/daemonArgs';
import { commandLineSettings, isSwitch } from './commandLine';
import { parseEnvFile, type AssignmentNode, type EnvFile } from '../parsers/envFile';
import { maskTemplate } from '../parsers/templates';
import { createLineIndex } from '../text/lineIndex';
import { contentShape, envLauncher, formatByName, isDebianDefaults, selfDescription, templateSyntaxOf } from './origin';
import { parseYamlDocument } from './parseYaml';
import { parseUnitDocument } from './parseUnit';
import { containerKind, isUnitFile } from './recognise';
import { parseContainerDocument } from './parseContainers';

/** What a front end knows about a file beyond its name and text. */
export interface ParseHints {
	/** The format, when the editor knows it (a document in the YAML language). */
	readonly format?: 'env' | 'yaml';
	/** A compose file next to it names it in an `env_file`: compose reads it. */
	readonly composeEnvFile?: boolean;
}

/**
 * Parses a document's text into the format-neutral model. The format comes from the hints, else the name, else the
 * content; a template is parsed as its rendering would be read (see parse/origin.ts). Never throws.
 */
export function parseDocument(uri: string, text: string, hints: ParseHints | 'env' | 'yaml' = {}): ConfigDocument {
	const given = typeof hints === 'string' ? { format: hints } : hints;
	if (isUnitFile(uri, text)) return parseUnitDocument(uri, text);
	const containers = containerKind(uri, text);
	if (containers) return parseContainerDocument(uri, text, containers);
	const named = given.format ?? formatByName(uri);
	const compose = named !== 'yaml' && (given.composeEnvFile === true || selfDescription(text) === 'compose');
	const syntax = templateSyntaxOf(uri, text, compose);
	const masked = syntax ? maskTemplate(text, syntax) : undefined;
	const readable = masked?.text ?? text;
	const shape = named === 'yaml' ? undefined : contentShape(readable);
	const template: DocumentTemplate | undefined = syntax && masked ? { syntax, spans: masked.spans } : undefined;
	if ((named ?? shape?.format) === 'yaml') return parseYamlDocument(uri, text, readable, template);
	const byCompose = compose || (shape?.colonAssignments === true && !isDebianDefaults(uri));
	const env = byCompose ? parseComposeEnvFile(readable) : parseEnvFile(readable);
	return envDocument(uri, text, env, byCompose, template);
}

function envDocument(uri: string, text: string, env: EnvFile, compose: boolean, template: DocumentTemplate | undefined): ConfigDocument {
	const settings: Setting[] = [];
	for (const node of env.nodes) if (node.kind === 'assignment' && node.validName) settings.push(settingOf(node));
	// Only the last DAEMON_ARGS line reaches the unit's command line; compose has no unit to pass it.
	const daemonArgs = compose ? undefined : settings.filter(setting => setting.key === 'DAEMON_ARGS').pop();
	const { flags, problems } = daemonArgs ? flagSettings(daemonArgs) : { flags: [], problems: [] };
	for (const flag of flags) settings.push(flag);
	return {
		uri, text, lines: createLineIndex(text), format: 'env', launcher: envLauncher(uri, compose, daemonArgs !== undefined),
		...(template ? { template } : {}), env, settings, argumentProblems: problems,
	};
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

function flagSettings(daemonArgs: Setting): { flags: Setting[]; problems: ArgumentProblem[] } {
	return commandLineSettings(readArguments(daemonArgs.value, isSwitch), index => daemonArgs.valueOffsets[index], 'flag');
}
