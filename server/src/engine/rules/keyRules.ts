import { configFileIgnoresOthers } from './config-file-ignores-others';
import { conflictingNames } from './conflicting-names';
import { deprecatedOption } from './deprecated-option';
import { experimentalAndFeatureGate } from './experimental-and-feature-gate';
import { flagAndVariable } from './flag-and-variable';
import { invalidArgument } from './invalid-argument';
import { legacyOption } from './legacy-option';
import type { Rule } from './rule';
import { specialVariable } from './special-variable';
import { unavailableOption } from './unavailable-option';
import { unknownFlag } from './unknown-flag';
import { unknownKey } from './unknown-key';

/** Which keys and flags the file sets, and whether the target etcd version knows them. */
export const keyRules: readonly Rule[] = [
	unknownKey,
	unavailableOption,
	deprecatedOption,
	legacyOption,
	specialVariable,
	conflictingNames,
	experimentalAndFeatureGate,
	configFileIgnoresOthers,
	invalidArgument,
	unknownFlag,
	flagAndVariable,
];
