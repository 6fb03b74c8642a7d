// How the workspace costs grow: 100, 1,000 and 10,000 clusters (300 / 3,000 / 30,000 files). For each size the
// server indexes the files from disk (time, resident memory), and the engine parses, groups and validates them
// all in this process (time, heap). Per-file ratios show whether growth is linear.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { settings } from './engineFigures.mjs';
import { time } from './measure.mjs';
import { indexedWorkspace } from './serverFigures.mjs';
import { memberFile, writeWorkspace } from './workspace.mjs';

const root = join(import.meta.dirname, '..');
const engine = file => import(join(root, 'out', 'server', 'src', 'engine', file));
const { documentContext, indexClusters, parseDocument, siblingsOf, validate } = await engine('index.js');

/** The engine over a whole workspace: parse, group into clusters and validate every file with its siblings. */
function engineWorkspace(clusters, { withEdit }) {
	const texts = [];
	for (let c = 0; c < clusters; c++) for (const m of [1, 2, 3]) texts.push([`file:///ws/cluster-${c}/pg${m}/etcd`, memberFile(c, m)]);
	globalThis.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	const docs = new Map(texts.map(([u, t]) => [u, parseDocument(u, t)]));
	let index = indexClusters(docs.values());
	let problems = 0;
	for (const doc of docs.values()) problems += validate(doc, documentContext(doc, settings, siblingsOf(index, doc.uri))).length;
	const fullMs = performance.now() - t0;
	globalThis.gc?.();
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
	if (problems !== texts.length) throw new Error(`expected only the reminder about new, got ${problems} diagnostics`);
	if (!withEdit) return { fullMs, heapMb };
	// One edit: the file is parsed again, the clusters regrouped, and the edited file's cluster validated.
	const edited = `file:///ws/cluster-${Math.floor(clusters / 2)}/pg2/etcd`;
	const editUs = time(() => {
		docs.set(edited, parseDocument(edited, memberFile(Math.floor(clusters / 2), 2).replace('"new"', '"existing"')));
		index = indexClusters(docs.values());
		for (const doc of index.get(edited)) validate(doc, documentContext(doc, settings, siblingsOf(index, doc.uri)));
	}, { minRuns: 30, minMs: 200, warmup: 5 });
	return { fullMs, heapMb, editUs };
}

export async function scalingFigures(sizes = [100, 1000, 10_000]) {
	const rows = [];
	for (const clusters of sizes) {
		const folder = mkdtempSync(join(tmpdir(), 'etcd-config-bench-'));
		try {
			writeWorkspace(folder, clusters);
			const files = clusters * 3;
			const server = await indexedWorkspace(folder, files);
			const inProcess = engineWorkspace(clusters, { withEdit: clusters === 1000 });
			rows.push({
				clusters, files,
				serverIndexMs: server.indexMs, serverIndexCpuMs: server.indexCpuMs, serverRssMb: server.rssMb,
				engineValidateMs: inProcess.fullMs, engineHeapMb: inProcess.heapMb, editUs: inProcess.editUs,
				perFile: { serverIndexUs: server.indexMs * 1000 / files, serverRssKb: server.rssMb * 1024 / files, engineValidateUs: inProcess.fullMs * 1000 / files, engineHeapKb: inProcess.heapMb * 1024 / files },
			});
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}
	return rows;
}
