import { atVersion, type EtcdOption, type EtcdVersion } from './options';
import type { RuleMessages } from '../l10n/rules.en';
import { parseGoBool, parseGoDuration, parseGoInt, parseRetention } from './values';

/** The invalid-value rule's texts in the file's language, parse reasons included. */
type Words = RuleMessages['invalid-value'];

/** Why etcd cannot read a value, and the spelling it would read when that is certain. */
export interface ValueVerdict {
	readonly reason: string;
	readonly corrected?: string;
}

/** Enums etcd never checks: a typo silently picks the fallback (VALIDATION A23). */
export const uncheckedEnums: readonly string[] = ['metrics', 'backend-bbolt-freelist-type', 'experimental-backend-bbolt-freelist-type'];

const boolSpellings: Readonly<Record<string, string>> = {
	yes: 'true', y: 'true', on: 'true', enable: 'true', enabled: 'true',
	no: 'false', n: 'false', off: 'false', disable: 'false', disabled: 'false',
};

/** What etcd makes of a non-empty value of an option (ETCD_ variable or flag): undefined when it reads it. */
export function checkValue(option: EtcdOption, value: string, version: EtcdVersion, words: Words): ValueVerdict | undefined {
	switch (option.name) {
		case 'auto-compaction-retention': return retention(value, words);
		case 'auth-token': return authToken(value, words);
		case 'feature-gates': return featureGates(option, value, version, words);
	}
	const type = atVersion(option.type, version);
	if (type === 'bool') return bool(value, words);
	// quota-backend-bytes is an int64: a negative value turns the quota off.
	if (type === 'int' || type === 'uint' || type === 'size') return integer(option, value, type === 'int' || option.name === 'quota-backend-bytes', words);
	if (type === 'duration') return duration(value, words);
	if (type === 'enum' && !uncheckedEnums.includes(option.name)) return oneOf(option, value, version, words);
	return undefined;
}

function bool(value: string, words: Words): ValueVerdict | undefined {
	if (parseGoBool(value).ok) return undefined;
	const corrected = boolSpellings[value.trim().toLowerCase()] ?? (parseGoBool(value.trim()).ok ? value.trim() : undefined);
	return { reason: words.bool(value), corrected };
}

function integer(option: EtcdOption, value: string, signed: boolean, words: Words): ValueVerdict | undefined {
	const parsed = parseGoInt(value, signed, 64, words.parse);
	if (parsed.ok) return undefined;
	const withUnit = /^([0-9]+(?:\.[0-9]+)?)(ms|s)$/.exec(value);
	if (withUnit && (option.unit === 'ms' || option.unit === 's')) {
		const milliseconds = Number(withUnit[1]) * (withUnit[2] === 's' ? 1000 : 1);
		const amount = option.unit === 'ms' ? milliseconds : milliseconds / 1000;
		const corrected = Number.isInteger(amount) ? String(amount) : undefined;
		return { reason: words.plainCount(option.unit === 'ms', corrected, value), corrected };
	}
	const leadingZero = /^0+([1-9][0-9]*)$/.exec(value);
	return { reason: parsed.reason, corrected: leadingZero ? leadingZero[1] : undefined };
}

function duration(value: string, words: Words): ValueVerdict | undefined {
	const parsed = parseGoDuration(value, words.parse);
	if (parsed.ok) return undefined;
	return { reason: parsed.reason };
}

function oneOf(option: EtcdOption, value: string, version: EtcdVersion, words: Words): ValueVerdict | undefined {
	const values = atVersion(option.values ?? [], version) ?? [];
	if (values.length === 0 || values.includes(value)) return undefined;
	// 3.5 made log-level case-insensitive; every other enum is exact.
	const insensitive = option.name === 'log-level' && version !== '3.4';
	const match = values.find(v => v.toLowerCase() === value.trim().toLowerCase());
	if (insensitive && match && value === value.trim()) return undefined;
	const list = values.filter(v => v !== '').map(v => `'${v}'`).join(', ');
	return { reason: words.oneOf(version, list, match !== undefined, value), corrected: match };
}

function retention(value: string, words: Words): ValueVerdict | undefined {
	if (parseRetention(value)) return undefined;
	const days = /^([0-9]+)d$/.exec(value);
	return {
		reason: words.retention,
		corrected: days ? `${Number(days[1]) * 24}h` : undefined,
	};
}

function authToken(value: string, words: Words): ValueVerdict | undefined {
	const [kind, ...options] = value.split(',');
	if (kind === 'simple' && options.length === 0) return undefined;
	if (kind !== 'jwt') return { reason: words.authToken(kind) };
	const keys = options.map(piece => piece.split('=')[0]);
	if (options.some(piece => !piece.includes('='))) return { reason: words.jwtForm };
	const twice = keys.find((key, i) => keys.indexOf(key) !== i);
	// Unknown jwt option keys only make etcd warn.
	return twice ? { reason: words.jwtTwice(twice) } : undefined;
}

function featureGates(option: EtcdOption, value: string, version: EtcdVersion, words: Words): ValueVerdict | undefined {
	const gates = atVersion(option.values ?? [], version) ?? [];
	for (const pair of value.split(',')) {
		const [gate, setting] = pair.split('=');
		if (setting === undefined) return { reason: words.gateForm(pair) };
		if (!gates.includes(gate)) return { reason: words.unknownGate(version, gate) };
		if (!parseGoBool(setting).ok) return { reason: words.gateBool(setting, gate) };
	}
	return undefined;
}
