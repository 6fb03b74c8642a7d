import { setFlagsFromString } from 'node:v8';

/*
 * V8's memory-saving mode (`--optimize-for-size`, set in serverLoader.ts) keeps the idle server small, but every
 * burst of allocation pays for it: each collection then works to shrink the heap again, and checking a 5,000-line
 * file took twice as long (340 ms from an edit to its diagnostics instead of 150–210 ms). So the mode is set aside
 * from an edit until its checks are done, and taken up again when the server has nothing left to do; V8 reads it at
 * each collection, so what a burst grew is given back by the collections after it.
 */

let working = false;

/** An edit came: what follows (its parse, its checks) runs with V8 tuned for speed. */
export function workStarts(): void {
	if (working) return;
	working = true;
	setFlagsFromString('--no-optimize-for-size');
}

/** Nothing is left to check: V8 keeps the heap small again. */
export function workEnds(): void {
	if (!working) return;
	working = false;
	setFlagsFromString('--optimize-for-size');
}
