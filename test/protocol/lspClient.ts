import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { repoRoot } from '../fixtures';
import { URI } from 'vscode-uri';

export interface TestClient {
	readonly connection: ProtocolConnection;
	readonly process: ChildProcess;
	/** Opens a document and resolves with the first diagnostics published for it. */
	open(uri: string, text: string, languageId?: string): Promise<Diagnostic[]>;
	/** Resolves with the next diagnostics published for the uri. */
	nextDiagnostics(uri: string): Promise<Diagnostic[]>;
	/** Every uri diagnostics were published for, in order. */
	readonly published: readonly string[];
	/** The diagnostics last published for the uri, if any were. */
	lastDiagnostics(uri: string): Diagnostic[] | undefined;
	/** Waits (with a deadline) until diagnostics published for the uri satisfy the predicate. */
	diagnosticsUntil(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
	stop(): Promise<void>;
}

export const serverPath = join(repoRoot, 'dist', 'server.js');

/** A client as VS Code is: versioned edits, and a code action's edit asked for when it is chosen. */
export const resolvingClient = { workspace: { workspaceEdit: { documentChanges: true } }, textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } };

/** A client as VS Code is, on one workspace folder. */
export async function startInFolder(root: string): Promise<TestClient> {
	return await startClient(undefined, resolvingClient, [{ uri: URI.file(root).toString(), name: 'cluster' }]);
}

/**
 * Spawns the built server over stdio and completes the initialize handshake. `locale`: the editor's display
 * language, as VS Code sends it in `initialize`. `launcher`: a command that runs node, such as setpriv switching to
 * another user; `server`: another copy of dist/server.js.
 */
export async function startClient(initializationOptions?: unknown, capabilities: object = {}, workspaceFolders: { uri: string; name: string }[] | null = null,
	nodeArguments: string[] = [], locale?: string, { launcher = [], server = serverPath }: { launcher?: string[]; server?: string } = {}): Promise<TestClient> {
	const [command, ...prefix] = [...launcher, process.execPath];
	const child = spawn(command, [...prefix, ...nodeArguments, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	child.stderr!.on('data', chunk => process.stderr.write(chunk));
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const waiting = new Map<string, ((d: Diagnostic[]) => void)[]>();
	const latest = new Map<string, Diagnostic[]>();
	const watchers: (() => void)[] = [];
	const published: string[] = [];
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		published.push(params.uri);
		latest.set(params.uri, params.diagnostics);
		watchers.forEach(watch => watch());
		const resolvers = waiting.get(params.uri) ?? [];
		waiting.delete(params.uri);
		for (const resolve of resolvers) resolve(params.diagnostics);
	});
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, workspaceFolders, locale });
	await connection.sendNotification('initialized', {});
	const nextDiagnostics = (uri: string) => withTimeout(new Promise<Diagnostic[]>(resolve => {
		waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]);
	}), `diagnostics for ${uri}`);
	const diagnosticsUntil = (uri: string, predicate: (d: Diagnostic[]) => boolean) => withTimeout(new Promise<Diagnostic[]>(resolve => {
		const watch = () => {
			const current = latest.get(uri);
			if (current && predicate(current)) resolve(current);
		};
		watchers.push(watch);
		watch();
	}), `diagnostics for ${uri} to match`);
	return {
		connection,
		process: child,
		nextDiagnostics,
		diagnosticsUntil,
		lastDiagnostics: uri => latest.get(uri),
		published,
		async open(uri, text, languageId = 'etcd') {
			const diagnostics = nextDiagnostics(uri);
			await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
			return diagnostics;
		},
		async stop() {
			await connection.sendRequest('shutdown');
			await connection.sendNotification('exit');
			connection.dispose();
			await new Promise(resolve => child.once('exit', resolve));
		},
	};
}

function withTimeout<T>(promise: Promise<T>, what: string, ms = 5000): Promise<T> {
	let timer: NodeJS.Timeout;
	const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms); });
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function exampleFile(member: string): { uri: string; text: string } {
	const path = join(repoRoot, 'examples', 'pg-cluster', member, 'etcd');
	return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
}

/** A temporary copy of examples/pg-cluster and a client on it as the workspace folder; `client` is set once the suite starts. */
export interface ExampleSession {
	readonly root: string;
	client: TestClient;
}

/**
 * For the describe block it is called in: copies examples/pg-cluster to a temporary folder, starts a client on it
 * before the tests (`capabilities`: as VS Code's with `resolvingClient`), and stops it and removes the copy after.
 */
export function onExampleCopy(prefix: string, capabilities: object = {}): ExampleSession {
	const root = mkdtempSync(join(tmpdir(), prefix));
	cpSync(join(repoRoot, 'examples', 'pg-cluster'), root, { recursive: true });
	const session = { root } as ExampleSession;
	before(async () => {
		session.client = await startClient(undefined, capabilities, [{ uri: URI.file(root).toString(), name: 'cluster' }]);
	});
	after(async () => {
		await session.client.stop();
		rmSync(root, { recursive: true, force: true });
	});
	return session;
}
