import { invalidLine } from './invalid-line';
import type { Rule } from './rule';
import { unterminatedQuote } from './unterminated-quote';

/** How the file is written: lines systemd drops or a shell reads differently. */
export const syntaxRules: readonly Rule[] = [
	invalidLine,
	unterminatedQuote,
];
