import { invalidLine } from './invalid-line';
import type { Rule } from './rule';
import { unterminatedQuote } from './unterminated-quote';

/** Every rule, in the order their diagnostics are reported. */
export const rules: readonly Rule[] = [
	invalidLine,
	unterminatedQuote,
];
