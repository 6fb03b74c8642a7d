// The costs issue 16 bounds: a 5,000-line env file (validate and fix-all, in this process) and the CLI on 3,000
// member files that claim one member's name and peer URL (one cluster; wall time and peak memory of the whole process).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { longFile, settings } from './engineFigures.mjs';
import { time } from './measure.mjs';

const root = join(import.meta.dirname, '..');
const { documentContext, fixText, parseDocument, validate } = await import(join(root, 'out', 'server', 'src', 'engine', 'index.js'));
const cli = join(root, 'dist', 'cli.js');

/** The bench's long file written by hand: blanks around every `=`, a finding with a safe fix on every setting. */
export function messyFile(lines) {
	return longFile(lines).replace(/^([A-Z_]+)=/gm, '$1 = ');
}

/** Validate and fix-all on a 5,000-line file, median and p99 in µs. */
export function bigFileFigures(lines = 5000) {
	const text = messyFile(lines);
	const uri = 'file:///bench/big/etcd';
	const doc = parseDocument(uri, text);
	const options = { minRuns: 5, minMs: 2000, warmup: 2 };
	return { lines, validate: time(() => validate(doc, documentContext(doc, settings)), options), fixText: time(() => fixText(uri, text, settings), options) };
}

/**
 * The CLI (JSON output) on `files` members that all claim pg1's name and peer URL, each advertising one more URL of
 * its own (identical copies would describe one member, which counts once): one cluster of `files` files. Median of
 * `runs`.
 */
export function bigClusterFigures(files = 3000, runs = 3) {
	const folder = mkdtempSync(join(tmpdir(), 'etcd-config-bench-cluster-'));
	try {
		const member = readFileSync(join(root, 'examples', 'pg-cluster', 'pg1', 'etcd'), 'utf8');
		for (let i = 0; i < files; i++) {
			mkdirSync(join(folder, `m${i}`));
			const own = `http://10.${(i >> 8) & 255}.${i & 255}.1:2380`;
			writeFileSync(join(folder, `m${i}`, 'etcd'), member.replace(/^(ETCD_INITIAL_ADVERTISE_PEER_URLS=".*)"$/m, `$1,${own}"`));
		}
		const results = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			const result = spawnSync(process.execPath, ['-r', join(import.meta.dirname, 'peakMemory.cjs'), cli, '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
			const wallMs = performance.now() - t0;
			if (result.status !== 1 || JSON.parse(result.stdout).summary.files !== files) throw new Error(`the CLI said ${result.status}: ${result.stderr.slice(0, 300)}`);
			results.push({ wallMs, peakRssMb: Number(/maxrss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024, outputMb: result.stdout.length / 1024 / 1024 });
		}
		results.sort((a, b) => a.wallMs - b.wallMs);
		return { files, ...results[Math.floor(results.length / 2)] };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
