import { atVersion, type EtcdOption, type EtcdVersion } from '../etcd/options';
import type { FeatureMessages } from '../l10n/features.en';

/** A number, size or duration to offer: the value in the flag spelling and what it means to a reader. */
export interface TypedChoice {
	readonly value: string;
	readonly detail: string;
}

const numeric = new Set(['int', 'uint', 'size', 'duration']);

/**
 * etcd's default for a number, size or duration, and the value it stands for where that differs (a quota of 0 means
 * 2 GiB): something valid to start from, so the editor never falls back to words from other files (`100ms` where
 * etcd wants milliseconds as a bare number).
 */
export function typedChoices(option: EtcdOption, version: EtcdVersion, m: FeatureMessages): TypedChoice[] {
	const type = atVersion(option.type, version);
	if (!type || !numeric.has(type)) return [];
	const choices: TypedChoice[] = [];
	const byDefault = atVersion(option.defaultValue, version);
	if (byDefault) choices.push({ value: byDefault, detail: describe(m.etcdDefault, byDefault, option) });
	const effective = /^-?\d+/.exec(option.effectiveDefault ?? '')?.[0];
	if (effective && effective !== byDefault) choices.push({ value: effective, detail: describe(m.sameAsDefault, effective, option) });
	return choices;
}

function describe(what: string, value: string, option: EtcdOption): string {
	const unit = option.unit === 'bytes' ? readableBytes(value) : option.unit ? `${value} ${option.unit}` : undefined;
	return unit ? `${what}: ${unit}` : what;
}

/** Bytes in the largest binary unit that divides them into a short number: 1572864 is 1.5 MiB. */
function readableBytes(value: string): string {
	const bytes = Number(value);
	const units = ['GiB', 'MiB', 'KiB'];
	for (const [i, unit] of units.entries()) {
		const size = 1024 ** (units.length - i);
		if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`;
	}
	return `${value} B`;
}
