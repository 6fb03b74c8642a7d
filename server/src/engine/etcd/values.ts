import { parseGoDuration } from '../parsers/goValues';

/*
 * How etcd reads the values that are more than a Go scalar.
 */

/**
 * `auto-compaction-retention` as etcd reads it: strconv.Atoi first, a non-negative count (hours in `periodic` mode,
 * revisions in `revision` mode), else a non-negative Go duration; undefined for what neither reads.
 */
export function parseRetention(text: string): { readonly kind: 'count' | 'duration'; readonly value: number } | undefined {
	if (/^[+-]?[0-9]+$/.test(text) && Number(text) >= 0) return { kind: 'count', value: Number(text) };
	const duration = text.startsWith('-') ? undefined : parseGoDuration(text);
	return duration?.ok ? { kind: 'duration', value: duration.value } : undefined;
}
