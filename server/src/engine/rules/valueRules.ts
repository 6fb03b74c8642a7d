import { dangerousSwitch } from './dangerous-switch';
import { invalidValue } from './invalid-value';
import { octalNumber } from './octal-number';
import type { Rule } from './rule';
import { timing } from './timing';
import { uncheckedValue } from './unchecked-value';
import { valueRange } from './value-range';
import { yamlCompactionMode } from './yaml-compaction-mode';

/** Whether each value is one etcd can read, and within the bounds etcd enforces. */
export const valueRules: readonly Rule[] = [
	invalidValue,
	uncheckedValue,
	timing,
	valueRange,
	octalNumber,
	dangerousSwitch,
	// Not with the YAML rules: those are what a JSON schema also says, and Red Hat YAML may show them instead.
	yamlCompactionMode,
];
