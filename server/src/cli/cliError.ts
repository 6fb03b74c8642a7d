import { cliMessagesEn, type CliMessages } from '../engine';

/**
 * A one-line usage or I/O error of etcd-config-lint. It carries a function of the catalogue rather than a finished
 * sentence, because the error may come before `--language` has been read; `message` stays English for stack traces.
 */
export class CliError extends Error {
	constructor(readonly text: (messages: CliMessages) => string) {
		super(text(cliMessagesEn));
	}
}
