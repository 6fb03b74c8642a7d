import type { Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { commandLineWord } from '../parsers/daemonArgs';
import { blanksBefore } from '../text/lineScan';
import type { Dialect } from './dialect';
import { flagNaming } from './flagNaming';
import { isPlain } from './containerWriting';

/*
 * A flag among the words of a compose service's string `command:` (`command: etcd --name etcd1 ...`), which compose
 * splits as a shell would. A value changes in place where it is written bare; otherwise the flag is written anew in
 * the quotes the scalar around it leaves alone.
 */

const isWordFlag = (setting: Setting) => setting.source === 'word-flag';

/**
 * A value as one word of the command, written for the YAML scalar that holds the command: in a plain or block scalar
 * a backslash before each character a shell or YAML would take apart (no quotes, so `: ` never appears); in a quoted
 * scalar shell quotes, escaped for YAML's own quoting.
 */
function word(text: string, at: number, value: string): string {
	const head = text.lastIndexOf('command:', at);
	const style = /\S/.exec(text.slice(head + 'command:'.length, at))?.[0];
	if (style === '"') return commandLineWord(value, '\'').replace(/["\\]/g, c => '\\' + c);
	if (style === '\'') return commandLineWord(value, '"').replace(/'/g, '\'\'');
	if (value === '') return '\'\'';
	// A colon before the blank that follows the word would make a YAML key of it.
	return value.replace(/[^A-Za-z0-9_./:=@,%+-]/g, c => '\\' + c).replace(/:$/, '\':\'');
}

export const wordFlagDialect: Dialect = {
	...flagNaming('command:', isWordFlag),
	replaceValue(doc, setting, value) {
		const { keySpan, valueSpan, statementSpan } = setting;
		const bare = valueSpan.start > keySpan.end && doc.text.slice(valueSpan.start, valueSpan.end) === setting.value && isPlain(doc.text, valueSpan);
		if (bare && /^[A-Za-z0-9_./=@,%+-]+$/.test(value)) return { span: valueSpan, newText: value };
		return { span: statementSpan, newText: `${setting.key}=${word(doc.text, statementSpan.start, value)}` };
	},
	remove: (doc, setting) => ({ span: { start: blanksBefore(doc.text, setting.statementSpan.start), end: setting.statementSpan.end }, newText: '' }),
	written: (optionName, value, like) => `${wordFlagDialect.spell(optionName, like)}=${commandLineWord(value)}`,
	addAfter(doc, anchor, optionName, value): TextChange | undefined {
		if (!isWordFlag(anchor)) return undefined;
		const at = anchor.statementSpan.end;
		return { span: { start: at, end: at }, newText: ` ${wordFlagDialect.spell(optionName, anchor)}=${word(doc.text, at, value)}` };
	},
};
