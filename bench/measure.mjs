// Small timing helpers for the benchmark: medians and percentiles of many runs, in microseconds.
import { performance } from 'node:perf_hooks';

/** Runs `fn` until `minRuns` runs and `minMs` milliseconds have passed (after a warm-up), returns µs stats. */
export function time(fn, { minRuns = 2000, minMs = 300, warmup = 200 } = {}) {
	for (let i = 0; i < warmup; i++) fn();
	const samples = [];
	const start = performance.now();
	while (samples.length < minRuns || performance.now() - start < minMs) {
		const t0 = performance.now();
		fn();
		samples.push((performance.now() - t0) * 1000);
	}
	return stats(samples);
}

export function stats(samples) {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { runs: sorted.length, median: at(0.5), p99: at(0.99) };
}
