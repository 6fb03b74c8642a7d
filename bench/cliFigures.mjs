// etcd-config-lint over a generated workspace on disk: wall time and peak memory of the whole process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeWorkspace } from './workspace.mjs';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');

/** The median of `runs` lints of `clusters` × 3 files. */
export function cliFigures(clusters, runs = 3) {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-bench-'));
	try {
		writeWorkspace(root, clusters);
		const results = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			const result = spawnSync(process.execPath, ['-r', join(import.meta.dirname, 'peakMemory.cjs'), cli, '--format', 'json', root], { encoding: 'utf8', maxBuffer: 1 << 28 });
			const wall = performance.now() - t0;
			const files = JSON.parse(result.stdout).summary.files;
			if (files !== clusters * 3) throw new Error(`linted ${files} files, expected ${clusters * 3}`);
			results.push({ wallMs: wall, peakRssMb: Number(/maxrss-kb (\d+)/.exec(result.stderr)?.[1]) / 1024 });
		}
		results.sort((a, b) => a.wallMs - b.wallMs);
		return { files: clusters * 3, ...results[Math.floor(results.length / 2)] };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
