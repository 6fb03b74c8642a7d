/*
 * Durations and byte counts for people: `1h 30min`, `8 GiB`.
 */

const spelledUnits: readonly [number, string][] = [[3600e9, 'h'], [60e9, 'min'], [1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];

/**
 * A duration for people: `1h 30min`, `150 ms`. `words` puts the unit names (largest first, as in `spelledUnits`)
 * and the zero in the reader's language.
 */
export function describeDuration(nanoseconds: number, words?: { readonly durationUnits: readonly string[]; readonly off: string }): string {
	if (nanoseconds === 0) return words?.off ?? '0 (off)';
	const parts: string[] = [];
	let rest = Math.abs(nanoseconds);
	for (const [index, [size, unit]] of spelledUnits.entries()) {
		if (rest >= size) {
			const amount = Math.floor(rest / size);
			parts.push(`${amount} ${words?.durationUnits[index] ?? unit}`);
			rest -= amount * size;
		}
		if (parts.length === 2) break;
	}
	return (nanoseconds < 0 ? '−' : '') + parts.join(' ');
}

const byteUnits: readonly [bigint, string][] = [[1n << 40n, 'TiB'], [1n << 30n, 'GiB'], [1n << 20n, 'MiB'], [1n << 10n, 'KiB']];

/** A byte count for people: `8 GiB`, `1.5 MiB`. */
export function describeBytes(bytes: bigint): string {
	const magnitude = bytes < 0n ? -bytes : bytes;
	for (const [size, unit] of byteUnits) {
		if (magnitude >= size) {
			const amount = Number(magnitude * 100n / size) / 100;
			return `${bytes < 0n ? '−' : ''}${amount} ${unit}`;
		}
	}
	return `${bytes} bytes`;
}
