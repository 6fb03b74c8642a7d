import { duplicateKey } from './duplicate-key';
import { emptyValue } from './empty-value';
import { invalidKey } from './invalid-key';
import { invalidLine } from './invalid-line';
import type { Rule } from './rule';
import { shellDifference } from './shell-difference';
import { unreadableFile } from './unreadable-file';
import { unterminatedQuote } from './unterminated-quote';

/** How the file is written: a file systemd cannot load, lines systemd drops or a shell reads differently, repeated and empty assignments. */
export const syntaxRules: readonly Rule[] = [
	unreadableFile,
	invalidLine,
	unterminatedQuote,
	invalidKey,
	shellDifference,
	duplicateKey,
	emptyValue,
];
