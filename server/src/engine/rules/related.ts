import type { RelatedSpan } from './rule';

/**
 * How many related locations a diagnostic lists. A finding shared by the members of a cluster points at each other
 * member: in a cluster of thousands of files (copies that share a peer URL) the lists grew with the square of the
 * files and the CLI ran out of memory. The rest is counted in one last entry.
 */
export const maxRelated = 10;

/** How many of `total` items a finding lists itself: all of them, or one fewer than the limit (the count takes the last place). */
export function listedOf(total: number): number {
	return total > maxRelated ? maxRelated - 1 : total;
}

/** The related locations of the items a finding lists, and how many it leaves out. */
export function someRelated<T>(total: number, listed: readonly T[], toRelated: (item: T) => RelatedSpan): { related: RelatedSpan[]; moreRelated: number } {
	const shown = listed.slice(0, listedOf(total));
	return { related: shown.map(toRelated), moreRelated: total - shown.length };
}
