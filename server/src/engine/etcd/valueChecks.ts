import { atVersion, type EtcdOption, type EtcdVersion } from './options';
import { parseGoBool, parseGoDuration, parseGoInt } from './values';

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
	return { reason: `'${value}' is not a boolean etcd reads: write true or false (etcd also takes 1, 0, t, f)`, corrected };
}

function integer(option: EtcdOption, value: string, signed: boolean): ValueVerdict | undefined {
	const parsed = parseGoInt(value, signed);
	if (parsed.ok) return undefined;
	const withUnit = /^([0-9]+(?:\.[0-9]+)?)(ms|s)$/.exec(value);
	if (withUnit && (option.unit === 'ms' || option.unit === 's')) {
		const milliseconds = Number(withUnit[1]) * (withUnit[2] === 's' ? 1000 : 1);
		const amount = option.unit === 'ms' ? milliseconds : milliseconds / 1000;
		const corrected = Number.isInteger(amount) ? String(amount) : undefined;
		return { reason: `it counts ${option.unit === 'ms' ? 'milliseconds' : 'seconds'} as a plain integer: write ${corrected ?? 'a whole number'}, not ${value}`, corrected };
	}
	const leadingZero = /^0+([1-9][0-9]*)$/.exec(value);
	return { reason: parsed.reason, corrected: leadingZero ? leadingZero[1] : undefined };
}

function duration(value: string): ValueVerdict | undefined {
	const parsed = parseGoDuration(value);
	if (parsed.ok) return undefined;
	return { reason: parsed.reason };
}

function oneOf(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	const values = atVersion(option.values ?? [], version) ?? [];
	if (values.length === 0 || values.includes(value)) return undefined;
	// 3.5 made log-level case-insensitive; every other enum is exact.
	const insensitive = option.name === 'log-level' && version !== '3.4';
	const match = values.find(v => v.toLowerCase() === value.trim().toLowerCase());
	if (insensitive && match && value === value.trim()) return undefined;
	const list = values.filter(v => v !== '').map(v => `'${v}'`).join(', ');
	return { reason: `etcd ${version} takes only ${list}${match ? ' (in this spelling)' : ''}, not '${value}'`, corrected: match };
}

function retention(value: string): ValueVerdict | undefined {
	if (/^[0-9]+$/.test(value) || (parseGoDuration(value).ok && !value.startsWith('-'))) return undefined;
	const days = /^([0-9]+)d$/.exec(value);
	return {
		reason: 'etcd takes a whole number (hours in periodic mode, revisions in revision mode) or a Go duration such as 30m',
		corrected: days ? `${Number(days[1]) * 24}h` : undefined,
	};
}

function authToken(value: string): ValueVerdict | undefined {
	const [kind, ...options] = value.split(',');
	if (kind === 'simple' && options.length === 0) return undefined;
	if (kind !== 'jwt') return { reason: `etcd takes 'simple' or 'jwt,…' options, not '${kind}'` };
	const keys = options.map(piece => piece.split('=')[0]);
	if (options.some(piece => !piece.includes('='))) return { reason: 'each jwt option needs the form key=value (pub-key, priv-key, sign-method, ttl)' };
	const twice = keys.find((key, i) => keys.indexOf(key) !== i);
	// Unknown jwt option keys only make etcd warn.
	return twice ? { reason: `the jwt option '${twice}' is given twice` } : undefined;
}

function featureGates(option: EtcdOption, value: string, version: EtcdVersion): ValueVerdict | undefined {
	const gates = atVersion(option.values ?? [], version) ?? [];
	for (const pair of value.split(',')) {
		const [gate, setting] = pair.split('=');
		if (setting === undefined) return { reason: `'${pair}' needs the form Gate=true or Gate=false` };
		if (!gates.includes(gate)) return { reason: `etcd ${version} knows no feature gate '${gate}' (names are case-sensitive)` };
		if (!parseGoBool(setting).ok) return { reason: `'${setting}' for ${gate} is not a boolean: write true or false` };
	}
	return undefined;
}
