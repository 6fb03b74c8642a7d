// npm run bench: engine, server, workspace, CLI and peer figures on this machine. A benchmark, not a test: it
// prints a table and records everything in bench/results.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigClusterFigures, bigFileFigures } from './bigFigures.mjs';
import { bigClusterServerFigures, bigFileServerFigures } from './serverBounds.mjs';
import { carrierFigures } from './carrierFigures.mjs';
import { cliFigures } from './cliFigures.mjs';
import { engineFigures } from './engineFigures.mjs';
import { formats, printTable, row } from './report.mjs';
import { scalingFigures } from './scaling.mjs';
import { hoverWarmup, serverFigures } from './serverFigures.mjs';

const { us, ms, mb } = formats;
const started = Date.now();
const loadBefore = loadavg()[0];

const engine = engineFigures();
const peerDir = mkdtempSync(join(tmpdir(), 'etcd-config-peer-'));
const server = await serverFigures(peerDir).finally(() => rmSync(peerDir, { recursive: true, force: true }));
const carriers = await carrierFigures();
const scaling = await scalingFigures();
const cli = cliFigures(1000);
const bigFile = bigFileFigures();
const bigCluster = bigClusterFigures();
const bigFileServer = await bigFileServerFigures();
const bigClusterServer = await bigClusterServerFigures();

const engineRows = Object.entries({ 'example pg3': engine.example, 'generated, 2,000 lines': engine.long2000 }).flatMap(([file, f]) => [
	['parse', f.parse], ['validate (all rules)', f.validate], ['hover on a key', f.hoverKey], ['hover on a value', f.hoverValue],
	['completion of a key', f.completeKey], ['completion of a value', f.completeValue],
].flatMap(([what, s]) => [row(`${what}, ${file}, median`, s.median, { format: us }), row(`${what}, ${file}, p99`, s.p99, { format: us })]));
printTable('Engine, in process', engineRows);

const { floor, ours, peer } = server;
/** Ours and the peer less the floor: what each one's own code costs, compared. */
const above = (name, pick, format = ms) => row(`${name}, above the floor`, pick(ours) - pick(floor), { peer: pick(peer) - pick(floor), format });
const serverRows = [
	row('spawn → initialize answered (median)', ours.initialize.median / 1000, { peer: peer.initialize.median / 1000 }),
	row('spawn → first diagnostics (median)', ours.firstDiagnostics.median / 1000, { peer: peer.firstDiagnostics.median / 1000, limit: 150 }),
	row('  server CPU time until then (median)', ours.cpuToFirstDiagnostics.median / 1000, { peer: peer.cpuToFirstDiagnostics.median / 1000 }),
	row('didOpen → first diagnostics (median)', ours.openToDiagnostics.median / 1000, { peer: peer.openToDiagnostics.median / 1000 }),
	row('hover round trip p50, first 100 after the open', ours.firstHovers.median / 1000, { peer: peer.firstHovers.median / 1000 }),
	row('hover round trip p99, first 100 after the open', ours.firstHovers.p99 / 1000, { peer: peer.firstHovers.p99 / 1000 }),
	row(`hover round trip p50, steady (${ours.hover.runs} after ${hoverWarmup + 100})`, ours.hover.median / 1000, { peer: peer.hover.median / 1000 }),
	row(`hover round trip p99, steady (${ours.hover.runs} after ${hoverWarmup + 100})`, ours.hover.p99 / 1000, { peer: peer.hover.p99 / 1000, limit: 1 }),
	row(`didChange → diagnostics p50 (${ours.change.runs} samples)`, ours.change.median / 1000, { peer: peer.change.median / 1000 }),
	row(`didChange → diagnostics p99 (${ours.change.runs} samples)`, ours.change.p99 / 1000, { peer: peer.change.p99 / 1000 }),
	row('RSS with the example cluster open', ours.rssExampleMb, { peer: peer.rssExampleMb, format: mb, limit: 60 }),
	row('RSS after the round trips above', ours.rssAfterUseMb, { peer: peer.rssAfterUseMb, format: mb }),
	row('floor: spawn → first diagnostics (median)', floor.firstDiagnostics.median / 1000),
	row('floor: hover round trip p50 / p99', floor.hover.median / 1000, { format: value => `${ms(value)} / ${ms(floor.hover.p99 / 1000)}` }),
	row('floor: RSS with the three files open', floor.rssExampleMb, { format: mb }),
	above('spawn → first diagnostics', s => s.firstDiagnostics.median / 1000),
	above('hover round trip p50', s => s.hover.median / 1000),
	above('hover round trip p99', s => s.hover.p99 / 1000),
	above('RSS with the example open', s => s.rssExampleMb, mb),
];
printTable('Server over stdio (peer: yaml-language-server on the same members as YAML, with a JSON schema)', serverRows);

const carrierRows = [
	row('spawn → first diagnostics of a unit (median)', carriers.firstDiagnostics.median / 1000, { limit: 150 }),
	row('didOpen → first diagnostics of a unit (median)', carriers.openToDiagnostics.median / 1000),
	row('RSS with the three units open', carriers.rssUnitsMb, { format: mb, limit: 60 }),
	row('spawn → first diagnostics of kubeadm\'s manifest (median)', carriers.manifest.firstDiagnostics.median / 1000, { limit: 150 }),
	row('didOpen → first diagnostics of kubeadm\'s manifest (median)', carriers.manifest.openToDiagnostics.median / 1000),
	row('RSS with the manifest and a unit open', carriers.rssManifestAndUnitMb, { format: mb, limit: 60 }),
];
printTable('Server over stdio, carriers open (the three "hard way" units; kubeadm\'s static pod manifest)', carrierRows);

const largest = scaling.at(-1);
const scalingRows = scaling.flatMap((s, i) => {
	const previous = scaling[i - 1];
	const growth = previous ? ` (+${((s.serverRssMb - previous.serverRssMb) * 1024 / (s.files - previous.files)).toFixed(1)} KB/file)` : '';
	return [
		row(`${s.files} files: server indexes (${(s.perFile.serverIndexUs).toFixed(0)} µs/file)`, s.serverIndexMs,
			s === largest ? { limit: 10_000, limitText: '10 s' } : {}),
		row(`${s.files} files: server CPU time for it`, s.serverIndexCpuMs),
		row(`${s.files} files: server RSS${growth}`, s.serverRssMb, s === largest ? { format: mb, limit: 150 } : { format: mb }),
		row(`${s.files} files: engine parses + validates all (${s.perFile.engineValidateUs.toFixed(0)} µs/file)`, s.engineValidateMs),
		row(`${s.files} files: engine heap (${s.perFile.engineHeapKb.toFixed(1)} KB/file)`, s.engineHeapMb, { format: mb }),
		...(s.editUs ? [row(`${s.files} files: re-validate after an edit (median)`, s.editUs.median / 1000), row(`${s.files} files: re-validate after an edit (p99)`, s.editUs.p99 / 1000)] : []),
	];
});
scalingRows.push(row(`CLI: lint ${cli.files} files, wall (median of 3)`, cli.wallMs), row(`CLI: lint ${cli.files} files, peak RSS`, cli.peakRssMb, { format: mb }));
printTable('Workspace and CLI', scalingRows);

// Issue 16: linear in the file and in the cluster. Before: 59 s and 62 s on this file, and 1,000 such files ran
// out of memory after three minutes.
const bigRows = [
	row(`validate, ${bigFile.lines} lines with a finding on each setting (median)`, bigFile.validate.median / 1000, { limit: 300 }),
	row(`fix-all, ${bigFile.lines} lines with a finding on each setting (median)`, bigFile.fixText.median / 1000, { limit: 1000, limitText: '1 s' }),
	row(`CLI: ${bigCluster.files} files sharing a peer URL, wall (median of 3)`, bigCluster.wallMs, { limit: 10_000, limitText: '10 s' }),
	row(`CLI: ${bigCluster.files} files sharing a peer URL, peak RSS`, bigCluster.peakRssMb, { format: mb, limit: 512 }),
	row(`CLI: ${bigCluster.files} files sharing a peer URL, JSON output`, bigCluster.outputMb, { format: mb }),
	row(`server: edit → diagnostics, ${bigFileServer.lines} lines (median)`, bigFileServer.editToDiagnostics.median / 1000, { limit: 300 }),
	row(`server: hover while an edit of ${bigFileServer.lines} lines is checked (p99)`, bigFileServer.hoverWhileChecking.p99 / 1000, { limit: 50 }),
	row(`server: keystroke → diagnostics, one of ${bigClusterServer.members} members (median)`, bigClusterServer.keystrokeToDiagnostics.median / 1000, { limit: 100 }),
	row(`server: keystroke → diagnostics, one of ${bigClusterServer.members} members (p99)`, bigClusterServer.keystrokeToDiagnostics.p99 / 1000),
	row(`server: other members published again after ${bigClusterServer.members} members' keystrokes`, bigClusterServer.otherFilesPublished, { format: value => String(value), limit: 1, limitText: 'none' }),
];
printTable('A big file and a big cluster', bigRows);

const loadAfter = loadavg()[0];
const failed = [...serverRows, ...carrierRows, ...scalingRows, ...bigRows].filter(r => r.failed).map(r => r.name.trim());
console.log(`\n${failed.length} target(s) missed${failed.length ? ': ' + failed.join('; ') : ''}.`);
console.log(`Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; the whole run took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
writeFileSync(join(import.meta.dirname, 'results.json'), JSON.stringify({
	date: new Date().toISOString(), node: process.version, loadAverage: { before: loadBefore, after: loadAfter },
	engine, server, carriers, scaling, cli, bigFile, bigCluster, bigFileServer, bigClusterServer, table: [...engineRows, ...serverRows, ...carrierRows, ...scalingRows, ...bigRows], missed: failed,
}, null, 2) + '\n');
