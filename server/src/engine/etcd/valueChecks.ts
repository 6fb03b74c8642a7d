import { parseGoBool, parseGoDuration, parseGoInt, type ParseFailure } from '../parsers/goValues';
import { typeAt } from './availability';
import { atVersion, type EtcdOption, type EtcdVersion } from './options';
import { behaviourSince } from './patchFacts';
import { parseRetention } from './values';
import { atLeast, holds, type Target } from './versions';

/** Why etcd cannot read a value, as a code with what its words need; the invalid-value rule words it. */
export type ValueProblem =
	| { readonly code: 'bool'; readonly value: string }
	| { readonly code: 'parse'; readonly failure: ParseFailure }
	| { readonly code: 'plainCount'; readonly milliseconds: boolean; readonly corrected: string | undefined; readonly value: string }
	| { readonly code: 'oneOf'; readonly version: string; readonly values: readonly string[]; readonly spelling: boolean; readonly value: string }
	| { readonly code: 'retention' | 'empty' }
	| { readonly code: 'gateForm'; readonly pair: string }
	| { readonly code: 'unknownGate'; readonly version: EtcdVersion; readonly gate: string }
	| { readonly code: 'gateBool'; readonly value: string; readonly gate: string };

/** Why etcd cannot read a value, and the spelling it would read when that is certain. */
export interface ValueVerdict {
	readonly problem: ValueProblem;
	readonly corrected?: string;
}

/** Enums etcd never checks: a typo silently picks the fallback. */
export const uncheckedEnums: readonly string[] = ['metrics', 'backend-bbolt-freelist-type', 'experimental-backend-bbolt-freelist-type'];

/** Flags parsed into a Go uint32 (pkg/flags uint32.go): bigger values do not parse. */
const uint32Options: readonly string[] = ['max-concurrent-streams'];

const boolSpellings: Readonly<Record<string, string>> = {
	yes: 'true', y: 'true', on: 'true', enable: 'true', enabled: 'true',
	no: 'false', n: 'false', off: 'false', disable: 'false', disabled: 'false',
};

/**
 * What etcd of the release makes of a value of an option (an ETCD_ variable, a flag, or a YAML value in the flag's
 * spelling): undefined when it reads it. An empty value is given only where etcd takes it as written (a flag, a
 * YAML string); an empty variable counts as unset and never comes here.
 */
export function checkValue(option: EtcdOption, value: string, target: Target, inYaml = false): ValueVerdict | undefined {
	if (value === '') return emptyValue(option, target, inYaml);
	switch (option.name) {
		case 'auto-compaction-retention': return retention(value);
		case 'feature-gates': return featureGates(option, value, target.minor);
		case 'log-level': return logLevel(value, target);
		// A YAML stage is taken as written; the v2-deprecation rule says what becomes of it.
		case 'v2-deprecation': return inYaml ? undefined : stages(option, value, target);
	}
	const type = typeAt(option, target);
	if (type === 'bool') return bool(value);
	// quota-backend-bytes is an int64: a negative value turns the quota off.
	if (type === 'int' || type === 'uint' || type === 'size') return integer(option, value, type === 'int' || option.name === 'quota-backend-bytes');
	if (type === 'duration') return duration(value);
	if (type === 'enum' && !uncheckedEnums.includes(option.name)) return oneOf(value, target, allowedValues(option, target));
	return undefined;
}

/**
 * An empty value written out. On the command line Go parses it like any other: booleans, numbers, durations and
 * lists of choices refuse it (URL lists take it as no change). Then validation refuses an empty logger, 3.4 an empty
 * log level, 3.6+ an empty compaction mode, from a flag and from YAML alike.
 */
function emptyValue(option: EtcdOption, target: Target, inYaml: boolean): ValueVerdict | undefined {
	const empty = { problem: { code: 'empty' } } as const;
	if (option.name === 'logger' || (option.name === 'log-level' && target.minor === '3.4')) return empty;
	if (option.name === 'auto-compaction-mode') return atLeast(target, '3.6.0') ? empty : undefined;
	if (inYaml) return undefined;
	const type = typeAt(option, target);
	const choices = ['initial-cluster-state', 'discovery-fallback', 'proxy', 'v2-deprecation'];
	return ['bool', 'int', 'uint', 'size', 'duration'].includes(type ?? '') || choices.includes(option.name) || option.name === 'cors' ? empty : undefined;
}

function bool(value: string): ValueVerdict | undefined {
	if (parseGoBool(value).ok) return undefined;
	const corrected = boolSpellings[value.trim().toLowerCase()] ?? (parseGoBool(value.trim()).ok ? value.trim() : undefined);
	return { problem: { code: 'bool', value }, corrected };
}

function integer(option: EtcdOption, value: string, signed: boolean): ValueVerdict | undefined {
	const parsed = parseGoInt(value, signed, uint32Options.includes(option.name) ? 32 : 64);
	if (parsed.ok) return undefined;
	const withUnit = /^([0-9]+(?:\.[0-9]+)?)(ms|s)$/.exec(value);
	if (withUnit && (option.unit === 'ms' || option.unit === 's')) {
		const milliseconds = Number(withUnit[1]) * (withUnit[2] === 's' ? 1000 : 1);
		const amount = option.unit === 'ms' ? milliseconds : milliseconds / 1000;
		const corrected = Number.isInteger(amount) ? String(amount) : undefined;
		return { problem: { code: 'plainCount', milliseconds: option.unit === 'ms', corrected, value }, corrected };
	}
	const leadingZero = /^0+([1-9][0-9]*)$/.exec(value);
	return { problem: { code: 'parse', failure: parsed.failure }, corrected: leadingZero ? leadingZero[1] : undefined };
}

function duration(value: string): ValueVerdict | undefined {
	const parsed = parseGoDuration(value);
	return parsed.ok ? undefined : { problem: { code: 'parse', failure: parsed.failure } };
}

/** The values an enum takes in the release; write-only-skip-check came to the v2-deprecation flag in 3.5.32 and 3.6.13. */
function allowedValues(option: EtcdOption, target: Target): readonly string[] {
	const values = atVersion(option.values ?? [], target.minor) ?? [];
	if (option.name === 'v2-deprecation' && !holds(behaviourSince.v2SkipCheckAccepted, target)) return values.filter(v => v !== 'write-only-skip-check');
	return values;
}

function oneOf(value: string, target: Target, values: readonly string[]): ValueVerdict | undefined {
	if (values.length === 0 || values.includes(value)) return undefined;
	const match = values.find(v => v.toLowerCase() === value.trim().toLowerCase());
	return { problem: { code: 'oneOf', version: target.label, values: values.filter(v => v !== ''), spelling: match !== undefined, value }, corrected: match };
}

/** 3.4 names levels in lower case only; zap (3.5+) also takes them in any case; zap 1.27.1 (3.7) adds `warning`. */
function logLevel(value: string, target: Target): ValueVerdict | undefined {
	const levels = ['debug', 'info', 'warn', 'error', 'dpanic', 'panic', 'fatal', ...(target.minor === '3.7' ? ['warning'] : [])];
	if (target.minor !== '3.4' && levels.includes(value.toLowerCase())) return undefined;
	return oneOf(value, target, levels);
}

/** The v2-deprecation flag is a comma list of stages, every piece checked (pkg/flags SelectiveStringsValue). */
function stages(option: EtcdOption, value: string, target: Target): ValueVerdict | undefined {
	const values = allowedValues(option, target);
	const wrong = value.split(',').find(piece => !values.includes(piece));
	return wrong === undefined ? undefined : oneOf(wrong, target, values);
}

function retention(value: string): ValueVerdict | undefined {
	if (parseRetention(value)) return undefined;
	const days = /^([0-9]+)d$/.exec(value);
	return { problem: { code: 'retention' }, corrected: days ? `${Number(days[1]) * 24}h` : undefined };
}

/** `Gate=bool` pairs: empty pieces skipped, blanks around name and value trimmed, the value after the first `=`. */
function featureGates(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	const gates = atVersion(option.values ?? [], version) ?? [];
	for (const pair of value.split(',').filter(piece => piece !== '')) {
		const equals = pair.indexOf('=');
		if (equals < 0) return { problem: { code: 'gateForm', pair } };
		const [gate, setting] = [pair.slice(0, equals).trim(), pair.slice(equals + 1).trim()];
		if (!gates.includes(gate)) return { problem: { code: 'unknownGate', version, gate } };
		if (!parseGoBool(setting).ok) return { problem: { code: 'gateBool', value: setting, gate } };
	}
	return undefined;
}
