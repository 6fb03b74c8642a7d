import { convert, documentContext, parseDocument, type ConfigDocument, type Conversion, type EngineSettings } from './engine';
import { notAnalysed } from './analysisLimits';

/**
 * `workspace/executeCommand` for the two conversion commands: the client sends the document (its text too, so an
 * unsaved or untitled file converts as shown) and opens the answer in a new editor. The id differs from the
 * client's command ids because vscode-languageclient registers server commands as editor commands itself.
 */
export const convertCommand = 'etcd-config.convert';

export interface ConvertArguments {
	readonly uri: string;
	readonly text?: string;
	/** `yaml` reads the text as a config file whatever the name; anything else goes by the name. */
	readonly languageId?: string;
}

/** The converted text, its format, and the notes on what had no equivalent. */
export interface ConvertResult extends Conversion {
	readonly format: 'env' | 'yaml';
}

export function runConvert(argument: unknown, documentOf: (uri: string) => ConfigDocument | undefined, settings: EngineSettings): ConvertResult | null {
	if (!isConvertArguments(argument)) return null;
	const { uri, text, languageId } = argument;
	// The same limits as for analysis: a text past them is no hand-written config, and converting it would not be cheap.
	if (text !== undefined && notAnalysed(text)) return null;
	const doc = text === undefined ? documentOf(uri) : parseDocument(uri, text, languageId === 'yaml' ? 'yaml' : undefined);
	return doc ? convert(doc, documentContext(doc, settings)) : null;
}

/** The uri the arguments name, for the settings of its folder. */
export function convertUri(argument: unknown): string {
	return isConvertArguments(argument) ? argument.uri : '';
}

function isConvertArguments(value: unknown): value is ConvertArguments {
	const candidate = value as Partial<ConvertArguments> | null;
	return typeof candidate === 'object' && candidate !== null && typeof candidate.uri === 'string'
		&& (candidate.text === undefined || typeof candidate.text === 'string')
		&& (candidate.languageId === undefined || typeof candidate.languageId === 'string');
}
