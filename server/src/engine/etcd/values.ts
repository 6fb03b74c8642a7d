import { parseGoDuration } from '../parsers/goValues';

/*
 * How etcd reads the values that are more than a Go scalar.
 */

/**
 * `auto-compaction-retention` as etcd reads it: strconv.Atoi first, a non-negative count (hours in `periodic` mode,
 * revisions in `revision` mode), else a Go duration, a negative one too (the compactor then runs without pause);
 * undefined for what neither reads.
 */
export function parseRetention(text: string): { readonly kind: 'count' | 'duration'; readonly value: number } | undefined {
	if (/^[+-]?[0-9]+$/.test(text) && BigInt(text) >= 0n && BigInt(text) < 1n << 63n) return { kind: 'count', value: Number(text) };
	const duration = parseGoDuration(text);
	return duration.ok ? { kind: 'duration', value: duration.value } : undefined;
}
