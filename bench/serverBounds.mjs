// What an editor feels of issue 16's bounds, over stdio: hover while a 5,000-line file is checked after each
// edit, the time from an edit to its diagnostics, and a keystroke in one member of a 100-member cluster.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { messyFile } from './bigFigures.mjs';
import { startSession } from './lspSession.mjs';
import { stats } from './measure.mjs';

const server = join(import.meta.dirname, '..', 'dist', 'server.js');

/** Edits to a 5,000-line file: µs from each edit to its diagnostics, and of hovers sent right after each edit. */
export async function bigFileServerFigures({ edits = 20, lines = 5000 } = {}) {
	const session = startSession(server);
	await session.initialize();
	const uri = 'file:///bench/bigserver/etcd';
	const text = messyFile(lines);
	await session.open(uri, 'etcd', text);
	const toDiagnostics = [];
	const hovers = [];
	for (let i = 0; i < edits; i++) {
		const start = performance.now();
		const diagnostics = session.diagnosticsFor(uri);
		await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: i % 2 ? text : text.replace('ETCD_NAME', 'ETCD_NAEM') }] });
		// While the edit is checked, three hovers: none should wait for the check.
		await new Promise(resolve => setTimeout(resolve, 25));
		for (let h = 0; h < 3; h++) {
			const asked = performance.now();
			await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: lines - 4, character: 3 } });
			hovers.push((performance.now() - asked) * 1000);
		}
		await diagnostics;
		toDiagnostics.push((performance.now() - start) * 1000);
	}
	await session.stop();
	return { lines, editToDiagnostics: stats(toDiagnostics), hoverWhileChecking: stats(hovers) };
}

/** A member of a 100-member cluster, changed keystroke by keystroke: µs to its diagnostics; files published besides it. */
export async function bigClusterServerFigures({ members = 100, keystrokes = 40 } = {}) {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-bigcluster-'));
	const list = Array.from({ length: members }, (_, i) => `m${i}=http://10.9.${i >> 8}.${i & 255}:2380`).join(',');
	const member = i => `ETCD_NAME="m${i}"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.9.${i >> 8}.${i & 255}:2380"\nETCD_INITIAL_CLUSTER="${list}"\nETCD_INITIAL_CLUSTER_TOKEN="big"\nETCD_SNAPSHOT_COUNT="10000"\n`;
	for (let i = 0; i < members; i++) {
		mkdirSync(join(root, `m${i}`));
		writeFileSync(join(root, `m${i}`, 'etcd'), member(i));
	}
	const session = startSession(server);
	const indexed = session.log(/^indexed /);
	await session.initialize({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'big' }] });
	await indexed;
	const uri = pathToFileURL(join(root, 'm0', 'etcd')).toString();
	await session.open(uri, 'etcd', member(0));
	// Opening a member shows the whole cluster: wait until the other members' diagnostics are out.
	while (new Set(session.published).size < members) await new Promise(resolve => setTimeout(resolve, 20));
	const publishedBefore = session.published.length;
	const samples = [];
	for (let i = 0; i < keystrokes; i++) {
		const start = performance.now();
		const diagnostics = session.diagnosticsFor(uri);
		// Typing a letter into the snapshot count, and taking it back: only this file can read differently.
		const count = i % 2 ? '10000' : '10000x';
		await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: member(0).replace('"10000"', `"${count}"`) }] });
		await diagnostics;
		samples.push((performance.now() - start) * 1000);
	}
	const others = session.published.slice(publishedBefore).filter(published => published !== uri).length;
	await session.stop();
	rmSync(root, { recursive: true, force: true });
	return { members, keystrokeToDiagnostics: stats(samples), otherFilesPublished: others };
}
