// One language server over stdio, driven from this process the way an editor drives it: the same harness
// measures our server and the peer, so their figures are comparable on one machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { stats } from './measure.mjs';

// NODE_EXTRA_CA_CERTS makes every Node process read a certificate bundle at start (about 50 ms here): a setting of
// this host, not of either server, and an editor does not pass it on. Both servers are started without it.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'));

/**
 * Spawns `node <script> --stdio`, answers the server's own requests like a minimal client (configuration from
 * `settings`, by section), and keeps the diagnostics and log messages it sends. `t0` is the moment of the spawn.
 */
export function startSession(script, { nodeArguments = [], settings = {} } = {}) {
	const t0 = performance.now();
	const child = spawn(process.execPath, [...nodeArguments, script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: cleanEnv() });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const waiters = [];
	const notify = (kind, params) => {
		for (const waiter of [...waiters]) {
			if (waiter.kind === kind && waiter.match(params)) {
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.resolve(params);
			}
		}
	};
	/** Every URI the server published diagnostics for, in order. */
	const published = [];
	connection.onNotification('textDocument/publishDiagnostics', params => {
		published.push(params.uri);
		notify('diagnostics', params);
	});
	connection.onNotification('window/logMessage', params => notify('log', params));
	connection.onRequest('workspace/configuration', params => params.items.map(item => settings[item.section] ?? null));
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.listen();

	const waitFor = (kind, match, what, ms = 120_000) => new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
		waiters.push({ kind, match, resolve: value => { clearTimeout(timer); resolve(value); } });
	});
	const diagnosticsFor = uri => waitFor('diagnostics', params => params.uri === uri, `diagnostics for ${uri}`);

	return {
		connection,
		pid: child.pid,
		t0,
		/** initialize + initialized; resolves with the milliseconds from the spawn to the answer. */
		async initialize(params = {}) {
			await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null, ...params });
			const elapsed = performance.now() - t0;
			await connection.sendNotification('initialized', {});
			return elapsed;
		},
		/** Resolves with the first log message matching `pattern`. */
		log: pattern => waitFor('log', params => pattern.test(params.message), `a log message like ${pattern}`),
		diagnosticsFor,
		published,
		/** Opens a document; resolves with the diagnostics and the milliseconds until they arrived. */
		async open(uri, languageId, text) {
			const start = performance.now();
			const diagnostics = diagnosticsFor(uri);
			await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
			const result = await diagnostics;
			return { diagnostics: result.diagnostics, ms: performance.now() - start, sinceSpawn: performance.now() - t0 };
		},
		/**
		 * Hover round trips, one after another, the first `warmup` not counted: µs stats, and the last answer to
		 * check it is a real hover.
		 */
		async hovers(uri, position, { count, warmup }) {
			const samples = [];
			let answer;
			for (let i = 0; i < count + warmup; i++) {
				const start = performance.now();
				answer = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
				if (i >= warmup) samples.push((performance.now() - start) * 1000);
			}
			return { ...stats(samples), answer };
		},
		/** Full-text changes alternating between two texts; µs from sending each to its diagnostics. */
		async changes(uri, texts, count) {
			const samples = [];
			for (let i = 0; i < count + 5; i++) {
				const start = performance.now();
				const diagnostics = diagnosticsFor(uri);
				await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: texts[i % texts.length] }] });
				await diagnostics;
				if (i >= 5) samples.push((performance.now() - start) * 1000);
			}
			return stats(samples);
		},
		/** The server's resident memory now, MB (VmRSS from /proc). */
		rss() {
			const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
			return kb / 1024;
		},
		/** CPU time the server has used so far, ms (user + system, from /proc; 10 ms steps): what it costs on an idle core. */
		cpuMs() {
			const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
			return (Number(fields[11]) + Number(fields[12])) * 10;
		},
		async stop() {
			const exited = new Promise(resolve => child.once('exit', resolve));
			await connection.sendRequest('shutdown').catch(() => undefined);
			await connection.sendNotification('exit').catch(() => undefined);
			const timer = setTimeout(() => child.kill(), 5000);
			await exited;
			clearTimeout(timer);
			connection.dispose();
		},
	};
}
