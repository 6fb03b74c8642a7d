// Our server and the peer over stdio, measured by one harness (lspSession.mjs): spawn → initialize,
// didOpen → first diagnostics, hover and didChange round trips, resident memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSession } from './lspSession.mjs';
import { stats } from './measure.mjs';
import { writePeerWorkspace } from './peerConfig.mjs';

const root = join(import.meta.dirname, '..');
const exampleDir = join(root, 'examples', 'pg-cluster');
const ourServer = join(root, 'dist', 'server.js');
const peerServer = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

/** How each server is started and fed: the same three members, in its own format. */
function ours() {
	const members = ['pg1', 'pg2', 'pg3'].map(member => {
		const path = join(exampleDir, member, 'etcd');
		return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
	});
	// pg3's ETCD_INITIAL_CLUSTER_STATE: the key, then the value.
	return { script: ourServer, languageId: 'etcd', members, settings: {}, capabilities: {}, hoverAt: { line: 9, character: 5 }, edit: text => text.replace('"new"', '"existing"') };
}

/** The protocol library alone, fed the same files as ours (floorServer.cjs). */
function floor() {
	return { ...ours(), script: join(import.meta.dirname, 'floorServer.cjs') };
}

function peer(workDir) {
	const { schemaUri, members } = writePeerWorkspace(workDir, exampleDir);
	// The schema store would be fetched from the network: off, so the peer works from our local schema alone.
	const yaml = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: { [schemaUri]: '*.yml' } };
	return { script: peerServer, languageId: 'yaml', members, settings: { yaml }, capabilities: { workspace: { configuration: true } },
		hoverAt: { line: 9, character: 5 }, edit: text => text.replace('"new"', '"existing"') };
}

const hoverCapabilities = { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } };

/** Fresh spawns: spawn → initialize answered, and spawn → first diagnostics for pg3. */
async function coldStarts(server, runs) {
	const initialize = [], firstDiagnostics = [], openToDiagnostics = [], cpu = [];
	for (let i = 0; i < runs; i++) {
		const session = startSession(server.script, { settings: server.settings });
		initialize.push(await session.initialize({ capabilities: { ...server.capabilities, ...hoverCapabilities } }) * 1000);
		const pg3 = server.members[2];
		const opened = await session.open(pg3.uri, server.languageId, pg3.text);
		firstDiagnostics.push(opened.sinceSpawn * 1000);
		openToDiagnostics.push(opened.ms * 1000);
		cpu.push(session.cpuMs() * 1000);
		await session.stop();
	}
	return { initialize: stats(initialize), firstDiagnostics: stats(firstDiagnostics), openToDiagnostics: stats(openToDiagnostics), cpuToFirstDiagnostics: stats(cpu) };
}

/** Hover round trips run, and not counted, before the steady-state figure. */
export const hoverWarmup = 1000;

/** One warm session: the three members open, then hovers, edits and resident memory. */
async function warmSession(server, { hovers, changes }) {
	const session = startSession(server.script, { settings: server.settings });
	await session.initialize({ capabilities: { ...server.capabilities, ...hoverCapabilities } });
	for (const member of server.members) await session.open(member.uri, server.languageId, member.text);
	const rssExampleMb = session.rss();
	const pg3 = server.members[2];
	// The first hovers after the open run code neither process has compiled yet (V8 optimises what runs often, in
	// the server and in this harness alike): reported apart from the steady state, which is what the target is about.
	const firstHovers = await session.hovers(pg3.uri, server.hoverAt, { count: 100, warmup: 0 });
	const hover = await session.hovers(pg3.uri, server.hoverAt, { count: hovers, warmup: hoverWarmup });
	if (!hover.answer?.contents) throw new Error(`${server.script} gave no hover: the figure would measure nothing`);
	const change = await session.changes(pg3.uri, [server.edit(pg3.text), pg3.text], changes);
	// Garbage of the round trips not yet collected: what the process holds after use, not what it needs.
	const rssAfterUseMb = session.rss();
	await session.stop();
	return { firstHovers: { runs: firstHovers.runs, median: firstHovers.median, p99: firstHovers.p99 }, hover: { runs: hover.runs, median: hover.median, p99: hover.p99 }, change, rssExampleMb, rssAfterUseMb };
}

/** Our server with a workspace folder of generated files: ms from `initialized` to the index, and RSS then. */
export async function indexedWorkspace(folder, files) {
	const session = startSession(ourServer);
	const indexed = session.log(/^indexed \d+ etcd config files/);
	await session.initialize({ workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }] });
	const start = performance.now();
	const cpuBefore = session.cpuMs();
	const message = await indexed;
	const ms = performance.now() - start;
	const cpuMs = session.cpuMs() - cpuBefore;
	const count = Number(/indexed (\d+)/.exec(message.message)[1]);
	if (count !== files) throw new Error(`indexed ${count} files, expected ${files}`);
	const rssMb = session.rss();
	await session.stop();
	return { files, indexMs: ms, indexCpuMs: cpuMs, rssMb };
}

export async function serverFigures(peerDir, { coldRuns = 20, hovers = 2000, changes = 200 } = {}) {
	const result = {};
	for (const [name, server] of [['floor', floor()], ['ours', ours()], ['peer', peer(peerDir)]]) {
		result[name] = { ...await coldStarts(server, coldRuns), ...await warmSession(server, { hovers, changes }) };
	}
	return result;
}
