import type { ValueProblem } from '../../etcd/valueChecks';
import type { RuleMessages } from '../../l10n/rules.en';
import type { ParseFailure } from '../../parsers/goValues';

type Words = RuleMessages['invalid-value'];

/** A reason code of Go's parsers in the reader's language. */
export function parseReason(failure: ParseFailure, words: Words['parse']): string {
	return failure.code === 'range' ? words.range(failure.min, failure.max) : words[failure.code];
}

/** Why etcd cannot read a value, in the reader's language. */
export function valueReason(problem: ValueProblem, words: Words): string {
	switch (problem.code) {
		case 'bool': return words.bool(problem.value);
		case 'parse': return parseReason(problem.failure, words.parse);
		case 'plainCount': return words.plainCount(problem.milliseconds, problem.corrected, problem.value);
		case 'oneOf': return words.oneOf(problem.version, problem.values.map(v => `'${v}'`).join(', '), problem.spelling, problem.value);
		case 'retention': return words.retention;
		case 'empty': return words.empty;
		case 'gateForm': return words.gateForm(problem.pair);
		case 'unknownGate': return words.unknownGate(problem.version, problem.gate);
		case 'gateBool': return words.gateBool(problem.value, problem.gate);
	}
}
