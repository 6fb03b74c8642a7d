import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: Playwright's own browser download is not reachable from our machines. */
export const chromiumPath = process.env.ETCD_E2E_CHROMIUM ?? '/usr/bin/chromium';

export interface CodeServer {
	readonly authority: string;
	readonly output: () => string;
	stop(): Promise<void>;
}

export interface CodeServerOptions {
	/** The folder installCodeServer.sh installed into. */
	readonly root: string;
	readonly userDataDir: string;
	readonly extensionsDir: string;
}

export function codeServerBin(root: string): string {
	return join(root, 'node_modules', '.bin', 'code-server');
}

/** The flags every code-server start needs: loopback only, no auth, nothing phoning home. */
export function codeServerArgs(options: CodeServerOptions): string[] {
	mkdirSync(options.userDataDir, { recursive: true });
	const config = join(options.userDataDir, 'code-server.yaml');
	writeFileSync(config, 'auth: none\ncert: false\n');
	return ['--config', config, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
		'--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir];
}

/** Starts code-server on a free loopback port and resolves once /healthz answers. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
	mkdirSync(options.extensionsDir, { recursive: true });
	const port = await freePort();
	const child = spawn(codeServerBin(options.root), [...codeServerArgs(options), '--bind-addr', `127.0.0.1:${port}`],
		{ stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
	child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
	const server: CodeServer = { authority: `127.0.0.1:${port}`, output: () => output, stop: () => stopGroup(child) };
	const deadline = Date.now() + 30_000;
	while (!await healthy(port)) {
		if (child.exitCode !== null || Date.now() > deadline) {
			await server.stop();
			throw new Error(`code-server did not start:\n${output}`);
		}
		await delay(100);
	}
	return server;
}

async function healthy(port: number): Promise<boolean> {
	try {
		return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
	} catch {
		return false;
	}
}

/** code-server, its extension hosts and their language servers share one process group. */
async function stopGroup(child: ChildProcess): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null) return;
	const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
	signalGroup(child.pid, 'SIGTERM');
	if (await Promise.race([exited.then(() => true), delay(3000).then(() => false)])) return;
	signalGroup(child.pid, 'SIGKILL');
	await exited;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}

export interface Workbench {
	readonly folder?: string;
	/** test-electron's --extensionDevelopmentPath / --extensionTestsPath, as the web workbench takes them. */
	readonly developmentPaths?: readonly string[];
	readonly testsPath?: string;
}

/** The `payload` parameter carries what code-server's command line refuses: the extension-test flags. */
export function workbenchUrl(authority: string, workbench: Workbench): string {
	const remote = (path: string) => `vscode-remote://${authority}${path}`;
	const payload: [string, string][] = (workbench.developmentPaths ?? []).map(path => ['extensionDevelopmentPath', remote(path)]);
	if (workbench.testsPath) payload.push(['extensionTestsPath', remote(workbench.testsPath)]);
	const query = new URLSearchParams();
	if (workbench.folder) query.set('folder', workbench.folder);
	if (payload.length > 0) query.set('payload', JSON.stringify(payload));
	return `http://${authority}/?${query.toString()}`;
}

export interface Browser {
	readonly context: BrowserContext;
	close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'etcd-e2e-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		viewport,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
	return {
		context,
		close: async () => {
			await context.close().catch(() => undefined);
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
		});
	});
}

export function delay(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}
