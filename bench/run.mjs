// npm run bench: engine and server figures on this machine. A benchmark, not a test: it prints and records.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { printTable, stats, time } from './measure.mjs';
import { memberFile, writeWorkspace } from './workspace.mjs';

const root = join(import.meta.dirname, '..');
const engine = file => import(join(root, 'out', 'server', 'src', 'engine', file));
const { parseDocument } = await engine('parse.js');
const { hover } = await engine('features/hover.js');
const { validate } = await engine('validate.js');
const { indexClusters, siblingsOf } = await engine('cluster/index.js');

const exampleText = readFileSync(join(root, 'examples', 'pg-cluster', 'pg3', 'etcd'), 'utf8');
const uri = 'file:///bench/pg3/etcd';
const statePosition = { line: 9, character: 30 };
const memberPosition = { line: 7, character: 24 };
const settings = { version: '3.5', rules: {}, rulesDocBase: 'file:///docs/rules.md' };

const parse = time(() => parseDocument(uri, exampleText));
const doc = parseDocument(uri, exampleText);
const hoverKey = time(() => hover(doc, { line: 9, character: 5 }, { version: '3.5' }));
const hoverValue = time(() => hover(doc, memberPosition, { version: '3.5' }));
const parseAndHover = time(() => hover(parseDocument(uri, exampleText), statePosition, { version: '3.5' }));
const validation = time(() => validate(doc, settings));

async function spawnToInitialize() {
	const t0 = performance.now();
	const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
	const elapsed = performance.now() - t0;
	await connection.sendRequest('shutdown');
	await connection.sendNotification('exit');
	connection.dispose();
	await new Promise(resolve => child.once('exit', resolve));
	return elapsed * 1000;
}

const spawnSamples = [];
for (let i = 0; i < 15; i++) spawnSamples.push(await spawnToInitialize());
const spawnInit = stats(spawnSamples);

/** The engine over a whole workspace: parse, group into clusters and validate every file with its siblings. */
function workspaceFigures(clusters) {
	const texts = [];
	for (let c = 0; c < clusters; c++) for (const m of [1, 2, 3]) texts.push([`file:///ws/cluster-${c}/pg${m}/etcd`, memberFile(c, m)]);
	const t0 = performance.now();
	const docs = new Map(texts.map(([u, t]) => [u, parseDocument(u, t)]));
	let index = indexClusters(docs.values());
	let problems = 0;
	for (const doc of docs.values()) problems += validate(doc, settings, siblingsOf(index, doc.uri)).length;
	const full = performance.now() - t0;
	if (problems !== texts.length) throw new Error(`expected only the reminder about new, got ${problems} diagnostics`);
	// One edit: the file is parsed again, the clusters regrouped, and the edited file's cluster validated.
	const edited = `file:///ws/cluster-${Math.floor(clusters / 2)}/pg2/etcd`;
	const edit = time(() => {
		docs.set(edited, parseDocument(edited, memberFile(Math.floor(clusters / 2), 2).replace('"new"', '"existing"')));
		index = indexClusters(docs.values());
		for (const doc of index.get(edited)) validate(doc, settings, siblingsOf(index, doc.uri));
	}, { minRuns: 50, minMs: 200, warmup: 5 });
	return { files: texts.length, fullMs: full, editUs: edit };
}
const workspace3000 = workspaceFigures(1000);

/** etcd-config-lint over a generated workspace from disk: wall time and peak memory of the process. */
function lintWorkspace(clusters) {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-bench-'));
	try {
		writeWorkspace(root, clusters);
		const runs = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			const result = spawnSync(process.execPath, ['-r', join(import.meta.dirname, 'peakMemory.cjs'), join(import.meta.dirname, '..', 'dist', 'cli.js'), '--format', 'json', root], { encoding: 'utf8', maxBuffer: 1 << 28 });
			const wall = performance.now() - t0;
			const files = JSON.parse(result.stdout).summary.files;
			if (files !== clusters * 3) throw new Error(`linted ${files} files, expected ${clusters * 3}`);
			runs.push({ wall, maxRssKb: Number(/maxrss-kb (\d+)/.exec(result.stderr)?.[1]) });
		}
		runs.sort((a, b) => a.wall - b.wall);
		return runs[Math.floor(runs.length / 2)];
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
const cliLint = lintWorkspace(1000);

const us = s => `${s.median.toFixed(1)} µs`;
const ms = s => `${(s.median / 1000).toFixed(1)} ms`;
const rows = [
	{ name: 'parse example (median)', value: us(parse) },
	{ name: 'hover on a key (median)', value: us(hoverKey), target: '' },
	{ name: 'hover on a member (median)', value: us(hoverValue) },
	{ name: 'parse + hover (median)', value: us(parseAndHover), target: 'target < 50 µs' },
	{ name: 'validate example (median)', value: us(validation), target: 'target < 100 µs' },
	{ name: 'spawn → initialize (median)', value: ms(spawnInit), target: 'target < 150 ms' },
	{ name: 'workspace: index + validate 3,000 files', value: `${workspace3000.fullMs.toFixed(0)} ms`, target: 'target < 2,000 ms' },
	{ name: 'workspace: re-validate a cluster after an edit', value: ms(workspace3000.editUs), target: 'target < 5 ms' },
	{ name: 'CLI: lint 3,000 files (median wall)', value: `${cliLint.wall.toFixed(0)} ms`, target: 'target < 1,500 ms' },
	{ name: 'CLI: lint 3,000 files (peak RSS)', value: `${(cliLint.maxRssKb / 1024).toFixed(0)} MB` },
];
printTable(rows);
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version,
	parse, hoverKey, hoverValue, parseAndHover, validation, spawnToInitialize: spawnInit, workspace3000, cliLint3000: cliLint }, null, 2) + '\n');
