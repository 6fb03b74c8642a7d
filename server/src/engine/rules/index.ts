import { clusterRules } from './clusterRules';
import { keyRules } from './keyRules';
import { membershipRules } from './membershipRules';
import type { Rule } from './rule';
import { startupRules } from './startupRules';
import { syntaxRules } from './syntaxRules';
import { urlRules } from './urlRules';
import { valueRules } from './valueRules';
import { yamlRules } from './yamlRules';

/** Every rule, in the order their diagnostics are reported. */
export const rules: readonly Rule[] = [
	...syntaxRules,
	...yamlRules,
	...keyRules,
	...valueRules,
	...startupRules,
	...urlRules,
	...membershipRules,
	...clusterRules,
];
