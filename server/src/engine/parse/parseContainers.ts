import { optionByEnv } from '../etcd/options';
import { containerMark, fileUriOf, type ConfigDocument, type Setting } from '../model/configDocument';
import { readWords, type Word } from '../parsers/daemonArgs';
import { composeContainers, kubernetesContainers, type ContainerVariable, type EtcdContainer } from '../parsers/containers';
import { createLineIndex } from '../text/lineIndex';
import { commandLineSettings, isSwitch } from './commandLine';

/*
 * A Kubernetes manifest or a compose file whose containers run etcd. Each container is a member of its own: a
 * document of its own (the file's text, its uri with the container's id as fragment), which the rules check as they
 * check any member. The file's document holds them all, and every setting of every member, for what looks at the
 * file as a whole (symbols, folding); validation and the answers at a position go to the member (features/perMember.ts).
 */

export function parseContainerDocument(uri: string, text: string, kind: 'kubernetes' | 'compose'): ConfigDocument {
	const lines = createLineIndex(text);
	const found = kind === 'kubernetes' ? kubernetesContainers(text) : composeContainers(text);
	const members = found.map(container => memberDocument(uri, text, lines, kind, container));
	return {
		uri, text, lines, format: kind, launcher: kind, env: emptyEnv(text),
		settings: members.flatMap(member => member.settings), argumentProblems: members.flatMap(member => member.argumentProblems), members,
	};
}

function memberDocument(uri: string, text: string, lines: ConfigDocument['lines'], kind: 'kubernetes' | 'compose', container: EtcdContainer): ConfigDocument {
	const source = container.form === 'list' ? 'item-flag' : 'word-flag';
	const { flags, problems } = commandLineSettings(readWords(container.words, isSwitch), index => index, source);
	const variables = container.variables.map(variable => variableSetting(variable, kind === 'kubernetes' ? 'k8s-env' : 'compose-env'));
	return {
		uri: `${fileUriOf(uri)}${containerMark}${encodeURIComponent(container.id)}`, text, lines, format: kind, launcher: kind, env: emptyEnv(text),
		settings: [...variables, ...flags], argumentProblems: problems, span: container.span,
		...(container.envFiles?.length ? { loads: container.envFiles } : {}),
	};
}

function emptyEnv(text: string): ConfigDocument['env'] {
	return { text, hasBom: text.startsWith('\uFEFF'), nodes: [], shellDifferences: [] };
}

function variableSetting(variable: ContainerVariable, source: 'k8s-env' | 'compose-env'): Setting {
	const { name, value } = variable;
	return {
		key: name.text,
		option: optionByEnv(name.text),
		keySpan: spanOfWord(name),
		valueSpan: spanOfWord(value),
		value: value.text,
		valueOffsets: value.offsets,
		statementSpan: variable.entry,
		source,
	};
}

function spanOfWord(word: Word): { start: number; end: number } {
	return { start: word.offsets[0], end: word.offsets[word.offsets.length - 1] };
}
