import type { Rule } from './rule';

/** Which keys and flags the file sets, and whether the target etcd version knows them. */
export const keyRules: readonly Rule[] = [
];
