import type { Rule } from './rule';

/** Whether each value is one etcd can read, and within the bounds etcd enforces. */
export const valueRules: readonly Rule[] = [
];
