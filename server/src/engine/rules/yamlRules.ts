import type { Rule } from './rule';
import { yamlDuplicateKey } from './yaml-duplicate-key';
import { yamlDuration } from './yaml-duration';
import { yamlFlagSpelling } from './yaml-flag-spelling';
import { yamlKeyCase } from './yaml-key-case';
import { yamlListShape } from './yaml-list-shape';
import { yamlQuotedNumber } from './yaml-quoted-number';
import { yamlSyntax } from './yaml-syntax';
import { yamlUnknownKey } from './yaml-unknown-key';
import { yamlUnquotedString } from './yaml-unquoted-string';

/** What etcd's strict YAML decoder refuses, and the keys it skips without a word. */
export const yamlRules: readonly Rule[] = [
	yamlSyntax,
	yamlUnknownKey,
	yamlFlagSpelling,
	yamlKeyCase,
	yamlDuplicateKey,
	yamlDuration,
	yamlUnquotedString,
	yamlQuotedNumber,
	yamlListShape,
];
