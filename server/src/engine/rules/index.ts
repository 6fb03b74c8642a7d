import type { Severity } from '../model/findings';
import { patroniRules } from './patroniRules';
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

/** Every rule id with its default severity, etcd's and Patroni's: the settings, the reference and SARIF list these. */
export const ruleRegistry: readonly { readonly id: string; readonly severity: Severity }[] = [...rules, ...patroniRules];
