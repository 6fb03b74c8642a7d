import type { Rule } from './rule';

/** URLs: their form, listen versus advertise, TLS for each side. */
export const urlRules: readonly Rule[] = [
];
