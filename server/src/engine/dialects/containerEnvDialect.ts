import { envNameOf } from '../etcd/options';
import { lineNumber, type ConfigDocument, type Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import type { DocumentDialect } from './dialect';
import { containerCompletionSite } from './containerCompletion';
import { addEntryAfter, isPlain, removeEntry, scalarAround, yamlScalar } from './containerWriting';
import { variableNaming } from './envDialect';

/*
 * A variable of a container's environment: an item of a Kubernetes container's `env:` (`- name: ETCD_NAME` with its
 * `value:`), or an entry of a compose service's `environment:`, as a map (`ETCD_NAME: etcd1`) or a list
 * (`- ETCD_NAME=etcd1`). A value changes in place where it is plain, a removed variable takes its lines, a new one
 * follows in the anchor's form and indentation.
 */

/** Compose's list form: the name and the value are one scalar, `NAME=value`. */
const inList = (doc: ConfigDocument, setting: Setting) => doc.text[setting.keySpan.end] === '=';

function replaceValue(doc: ConfigDocument, setting: Setting, value: string): TextChange {
	if (inList(doc, setting)) {
		const whole = `${setting.key}=${value}`;
		if (isPlain(doc.text, setting.statementSpan) && yamlScalar(whole) === whole) return { span: setting.valueSpan, newText: value };
		return { span: scalarAround(doc.text, setting.statementSpan), newText: yamlScalar(whole) };
	}
	const plain = isPlain(doc.text, setting.valueSpan) && yamlScalar(value) === value && setting.valueSpan.end > setting.valueSpan.start;
	return { span: plain ? setting.valueSpan : scalarAround(doc.text, setting.valueSpan), newText: plain ? value : yamlScalar(value) };
}

const common = {
	...variableNaming,
	writtenSpan: (setting: Setting) => setting.statementSpan,
	where: (doc: ConfigDocument, setting: Setting, words: { onLine: (line: number) => string }) => words.onLine(lineNumber(doc, setting.keySpan.start)),
	replaceValue,
	remove: (doc: ConfigDocument, setting: Setting) => removeEntry(doc, setting.statementSpan),
	completionSite: containerCompletionSite,
};

export const kubernetesEnvDialect: DocumentDialect = {
	...common,
	envFileNote: 'kubernetesEnvFile',
	written: (optionName, value) => `{ name: ${envNameOf(optionName)}, value: ${JSON.stringify(value)} }`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		if (anchor.source !== 'k8s-env') return undefined;
		return addEntryAfter(doc, anchor.statementSpan, [`name: ${envNameOf(optionName)}`, `value: ${JSON.stringify(value)}`]);
	},
};

export const composeEnvDialect: DocumentDialect = {
	...common,
	envFileNote: 'composeEnvFile',
	written: (optionName, value) => `${envNameOf(optionName)}: ${yamlScalar(value)}`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		if (anchor.source !== 'compose-env') return undefined;
		const line = inList(doc, anchor) ? yamlScalar(`${envNameOf(optionName)}=${value}`) : `${envNameOf(optionName)}: ${yamlScalar(value)}`;
		return addEntryAfter(doc, anchor.statementSpan, [line]);
	},
};
