import { duplicateKey } from './duplicate-key';
import { emptyValue } from './empty-value';
import { invalidKey } from './invalid-key';
import { invalidLine } from './invalid-line';
import type { Rule } from './rule';
import { shellDifference } from './shell-difference';
import { unterminatedQuote } from './unterminated-quote';

/** How the file is written: lines systemd drops or a shell reads differently, repeated and empty assignments. */
export const syntaxRules: readonly Rule[] = [
	invalidLine,
	unterminatedQuote,
	invalidKey,
	shellDifference,
	duplicateKey,
	emptyValue,
];
