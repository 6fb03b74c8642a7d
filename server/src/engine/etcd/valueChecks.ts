import { parseGoBool, parseGoDuration, parseGoInt, type ParseFailure } from '../parsers/goValues';
import { atVersion, type EtcdOption, type EtcdVersion } from './options';
import { parseRetention } from './values';

/** Why etcd cannot read a value, as a code with what its words need; the invalid-value rule words it. */
export type ValueProblem =
	| { readonly code: 'bool'; readonly value: string }
	| { readonly code: 'parse'; readonly failure: ParseFailure }
	| { readonly code: 'plainCount'; readonly milliseconds: boolean; readonly corrected: string | undefined; readonly value: string }
	| { readonly code: 'oneOf'; readonly version: EtcdVersion; readonly values: readonly string[]; readonly spelling: boolean; readonly value: string }
	| { readonly code: 'retention' | 'jwtForm' }
	| { readonly code: 'authToken'; readonly kind: string }
	| { readonly code: 'jwtTwice'; readonly key: string }
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

const boolSpellings: Readonly<Record<string, string>> = {
	yes: 'true', y: 'true', on: 'true', enable: 'true', enabled: 'true',
	no: 'false', n: 'false', off: 'false', disable: 'false', disabled: 'false',
};

/** What etcd makes of a non-empty value of an option (ETCD_ variable or flag): undefined when it reads it. */
export function checkValue(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	switch (option.name) {
		case 'auto-compaction-retention': return retention(value);
		case 'auth-token': return authToken(value);
		case 'feature-gates': return featureGates(option, value, version);
	}
	const type = atVersion(option.type, version);
	if (type === 'bool') return bool(value);
	// quota-backend-bytes is an int64: a negative value turns the quota off.
	if (type === 'int' || type === 'uint' || type === 'size') return integer(option, value, type === 'int' || option.name === 'quota-backend-bytes');
	if (type === 'duration') return duration(value);
	if (type === 'enum' && !uncheckedEnums.includes(option.name)) return oneOf(option, value, version);
	return undefined;
}

function bool(value: string): ValueVerdict | undefined {
	if (parseGoBool(value).ok) return undefined;
	const corrected = boolSpellings[value.trim().toLowerCase()] ?? (parseGoBool(value.trim()).ok ? value.trim() : undefined);
	return { problem: { code: 'bool', value }, corrected };
}

function integer(option: EtcdOption, value: string, signed: boolean): ValueVerdict | undefined {
	const parsed = parseGoInt(value, signed, 64);
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

function oneOf(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	const values = atVersion(option.values ?? [], version) ?? [];
	if (values.length === 0 || values.includes(value)) return undefined;
	// 3.5 made log-level case-insensitive; every other enum is exact.
	const insensitive = option.name === 'log-level' && version !== '3.4';
	const match = values.find(v => v.toLowerCase() === value.trim().toLowerCase());
	if (insensitive && match && value === value.trim()) return undefined;
	return { problem: { code: 'oneOf', version, values: values.filter(v => v !== ''), spelling: match !== undefined, value }, corrected: match };
}

function retention(value: string): ValueVerdict | undefined {
	if (parseRetention(value)) return undefined;
	const days = /^([0-9]+)d$/.exec(value);
	return { problem: { code: 'retention' }, corrected: days ? `${Number(days[1]) * 24}h` : undefined };
}

function authToken(value: string): ValueVerdict | undefined {
	const [kind, ...options] = value.split(',');
	if (kind === 'simple' && options.length === 0) return undefined;
	if (kind !== 'jwt') return { problem: { code: 'authToken', kind } };
	const keys = options.map(piece => piece.split('=')[0]);
	if (options.some(piece => !piece.includes('='))) return { problem: { code: 'jwtForm' } };
	const twice = keys.find((key, i) => keys.indexOf(key) !== i);
	// Unknown jwt option keys only make etcd warn.
	return twice ? { problem: { code: 'jwtTwice', key: twice } } : undefined;
}

function featureGates(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	const gates = atVersion(option.values ?? [], version) ?? [];
	for (const pair of value.split(',')) {
		const [gate, setting] = pair.split('=');
		if (setting === undefined) return { problem: { code: 'gateForm', pair } };
		if (!gates.includes(gate)) return { problem: { code: 'unknownGate', version, gate } };
		if (!parseGoBool(setting).ok) return { problem: { code: 'gateBool', value: setting, gate } };
	}
	return undefined;
}
