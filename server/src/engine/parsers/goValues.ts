import { trimEndOf } from '../text/trailing';

/*
 * How Go's strconv and time packages read scalars, which is how etcd reads flags and ETCD_* variables (and how the
 * YAML decoder it pins reads numbers). Results are values or a reason code, never exceptions.
 */

/** Why a Go parser refuses a text; the rules put it into words. */
export type ParseFailure =
	| { readonly code: 'bool' | 'sign' | 'empty' | 'octal' | 'unit' | 'integer' | 'emptyDuration' | 'durationUnit' | 'duration' }
	| { readonly code: 'range'; readonly min: string; readonly max: string };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ParseFailure };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(failure: ParseFailure): Parsed<T> => ({ ok: false, failure });

const goTrue = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const goFalse = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** Go's strconv.ParseBool: `yes`, `on` and blanks are not booleans. */
export function parseGoBool(text: string): Parsed<boolean> {
	if (goTrue.includes(text)) return ok(true);
	if (goFalse.includes(text)) return ok(false);
	return fail({ code: 'bool' });
}

const digitsByBase: Record<number, RegExp> = {
	2: /^[01]+(_[01]+)*$/,
	8: /^[0-7]+(_[0-7]+)*$/,
	10: /^[0-9]+(_[0-9]+)*$/,
	16: /^[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/,
};

/**
 * Go's strconv.ParseInt/ParseUint with base 0: the prefix picks the base (`0x`, `0o`, `0b`, and a lone
 * leading `0` means octal, so `010` is 8 and `08` fails); `_` may separate digits; no units.
 */
export function parseGoInt(text: string, signed: boolean, bits = 64): Parsed<bigint> {
	let rest = text;
	let negative = false;
	if (rest.startsWith('+') || rest.startsWith('-')) {
		if (!signed) return fail({ code: 'sign' });
		negative = rest.startsWith('-');
		rest = rest.slice(1);
	}
	const { base, digits } = splitBase(rest);
	const pattern = digitsByBase[base];
	// Go allows one `_` right after a base prefix (`0x_1F`).
	const body = base === 10 ? digits : digits.replace(/^_/, '');
	if (!pattern.test(body)) return fail({ code: intFailure(text, base) });
	const magnitude = toBigInt(body.replace(/_/g, ''), base);
	const value = negative ? -magnitude : magnitude;
	const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
	const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
	if (value > max || value < min) return fail({ code: 'range', min: String(min), max: String(max) });
	return ok(value);
}

function splitBase(text: string): { base: number; digits: string } {
	const prefix = text.slice(0, 2).toLowerCase();
	if (prefix === '0x') return { base: 16, digits: text.slice(2) };
	if (prefix === '0o') return { base: 8, digits: text.slice(2) };
	if (prefix === '0b') return { base: 2, digits: text.slice(2) };
	if (text.length > 1 && text.startsWith('0')) return { base: 8, digits: text.slice(1) };
	return { base: 10, digits: text };
}

function toBigInt(digits: string, base: number): bigint {
	let value = 0n;
	for (const digit of digits) value = value * BigInt(base) + BigInt(parseInt(digit, base));
	return value;
}

function intFailure(text: string, base: number): 'empty' | 'octal' | 'unit' | 'integer' {
	if (text === '') return 'empty';
	if (base === 8 && /^[0-9_]+$/.test(text)) return 'octal';
	if (/^[0-9.]+[a-zA-Z]+$/.test(text)) return 'unit';
	return 'integer';
}

const durationUnits: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const durationPiece = /^([0-9]*(?:\.[0-9]*)?)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/;

/** Go's time.ParseDuration, in nanoseconds: `1h30m`, `1.5s`, `-2m`; only `0` may go without a unit. */
export function parseGoDuration(text: string): Parsed<number> {
	let rest = text;
	let sign = 1;
	if (rest.startsWith('+') || rest.startsWith('-')) {
		sign = rest.startsWith('-') ? -1 : 1;
		rest = rest.slice(1);
	}
	if (rest === '0') return ok(0);
	if (rest === '') return fail({ code: 'emptyDuration' });
	let total = 0;
	while (rest !== '') {
		const match = durationPiece.exec(rest);
		if (!match || match[1] === '' || match[1] === '.') {
			return fail({ code: /^[0-9.]+$/.test(rest) ? 'durationUnit' : 'duration' });
		}
		total += parseFloat(match[1]) * durationUnits[match[2]];
		rest = rest.slice(match[0].length);
	}
	return ok(sign * total);
}

/**
 * A nanosecond count in Go's duration syntax (`90000000000` → `1m30s`, `1500000` → `1.5ms`): YAML files write
 * durations as nanoseconds, and the checks made for flags read the Go spelling.
 */
export function formatGoDuration(nanoseconds: bigint): string {
	if (nanoseconds === 0n) return '0s';
	const sign = nanoseconds < 0n ? '-' : '';
	const n = nanoseconds < 0n ? -nanoseconds : nanoseconds;
	const fraction = (value: bigint, unit: bigint) => {
		const digits = trimEndOf((value % unit).toString().padStart(unit.toString().length - 1, '0'), '0');
		return `${value / unit}${digits === '' ? '' : '.' + digits}`;
	};
	if (n < 1000n) return `${sign}${n}ns`;
	if (n < 1_000_000n) return `${sign}${fraction(n, 1000n)}µs`;
	if (n < 1_000_000_000n) return `${sign}${fraction(n, 1_000_000n)}ms`;
	const hours = n / 3_600_000_000_000n;
	const minutes = n % 3_600_000_000_000n / 60_000_000_000n;
	const seconds = fraction(n % 60_000_000_000n, 1_000_000_000n);
	if (hours > 0n) return `${sign}${hours}h${minutes}m${seconds}s`;
	if (minutes > 0n) return `${sign}${minutes}m${seconds}s`;
	return `${sign}${seconds}s`;
}
