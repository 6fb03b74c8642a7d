import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { exampleFile, serverPath, startClient, type TestClient } from '../protocol/lspClient';

/**
 * A workspace folder full of traps. Tests run as root, so chmod does not make a file unreadable: the traps are
 * entries that really fail or block when read (a FIFO, a socket, a directory under a config file's name).
 */
describe('the server indexing a hostile workspace folder', () => {
	let root: string;
	let client: TestClient;
	let socket: Server;
	const logs: string[] = [];
	const member = (name: string) => exampleFile(name).text;

	before(async () => {
		root = mkdtempSync(join(tmpdir(), 'etcd-config-hostile-'));
		for (const name of ['pg1', 'pg2', 'pg3']) {
			mkdirSync(join(root, 'cluster', name), { recursive: true });
			writeFileSync(join(root, 'cluster', name, 'etcd'), member(name));
		}
		mkdirSync(join(root, 'loop'));
		symlinkSync(join(root, 'loop'), join(root, 'loop', 'again'));
		symlinkSync(join(root, 'loop', 'self'), join(root, 'loop', 'self'));
		mkdirSync(join(root, 'fifo'));
		execFileSync('mkfifo', [join(root, 'fifo', 'etcd.conf')]);
		mkdirSync(join(root, 'socket'));
		socket = createServer();
		await new Promise<void>(resolve => socket.listen(join(root, 'socket', 'etcd'), resolve));
		mkdirSync(join(root, 'dir', 'etcd.conf'), { recursive: true });
		writeFileSync(join(root, 'dir', 'etcd.conf', 'etcd'), member('pg1'));
		writeFileSync(join(root, 'invalid.etcd.env'), Buffer.from([0x45, 0x54, 0x43, 0x44, 0x5f, 0x4e, 0x41, 0x4d, 0x45, 0x3d, 0xff, 0xc0, 0x80, 0x0a]));
		// Files that will vanish while the index reads: many, so some are still to be read when they go.
		for (let i = 0; i < 150; i++) {
			mkdirSync(join(root, 'vanishing', `m${i}`), { recursive: true });
			writeFileSync(join(root, 'vanishing', `m${i}`, 'etcd'), member('pg2'));
		}
		client = await startClient(undefined, { workspace: { workspaceFolders: true } }, [{ uri: pathToFileURL(root).toString(), name: 'hostile' }]);
		client.connection.onNotification('window/logMessage', (params: { message: string }) => { logs.push(params.message); });
		rmSync(join(root, 'vanishing'), { recursive: true, force: true });
	});

	after(async () => {
		await client.stop();
		socket.close();
		rmSync(root, { recursive: true, force: true });
	});

	const indexed = async () => {
		const deadline = Date.now() + 20_000;
		while (!logs.some(line => line.startsWith('indexed '))) {
			assert.ok(Date.now() < deadline, `no index after 20 s; the log says: ${logs.join(' | ')}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
	};

	it('indexes the real files past loops, a FIFO, a socket, a directory named etcd.conf and vanishing files, and keeps serving', async () => {
		await indexed();
		const pg3 = join(root, 'cluster', 'pg3', 'etcd');
		const diagnostics = await client.open(pathToFileURL(pg3).toString(), member('pg3'));
		// The other two members came from the index: the cluster checks see them (no "member without a file").
		assert.ok(!diagnostics.some(d => d.code === 'member-without-file'), JSON.stringify(diagnostics));
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(pg3).toString() }, position: { line: 9, character: 3 } }) as Hover;
		assert.match((hover.contents as MarkupContent).value, /ETCD_INITIAL_CLUSTER_STATE/);
	});

	it('reads a FIFO that a watcher reports without blocking: skipped, logged', async () => {
		await indexed();
		const fifo = pathToFileURL(join(root, 'fifo', 'etcd.conf')).toString();
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fifo, type: 2 }] });
		const deadline = Date.now() + 15_000;
		while (!logs.some(line => line.includes('fifo') && line.includes('not a regular file'))) {
			assert.ok(Date.now() < deadline, `the FIFO was not reported as skipped: ${logs.join(' | ')}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
	});

	it('drops a removed workspace folder and keeps serving', async () => {
		await indexed();
		logs.length = 0;
		await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(root).toString(), name: 'hostile' }] } });
		const deadline = Date.now() + 10_000;
		while (!logs.some(line => line === 'indexed 0 etcd config files')) {
			assert.ok(Date.now() < deadline, `the folder was not dropped: ${logs.join(' | ')}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		const { uri, text } = exampleFile('pg1');
		assert.ok(Array.isArray(await client.open(uri, text)));
	});
});

/**
 * Unreadable files and folders. Root reads everything, so as root the server runs as `nobody` (setpriv, from
 * util-linux) from a copy of dist/ that user can read; as any other user it runs as it is.
 */
describe('the server indexing files it may not read', () => {
	it('logs and skips an unreadable file and an unreadable folder, indexes the rest and keeps serving', async () => {
		const root = mkdtempSync(join(tmpdir(), 'etcd-config-unreadable-'));
		const dist = join(root, 'dist');
		const workspace = join(root, 'workspace');
		cpSync(dirname(serverPath), dist, { recursive: true, filter: source => !source.endsWith('.cache') });
		for (const name of ['pg1', 'pg2', 'pg3']) {
			mkdirSync(join(workspace, 'cluster', name), { recursive: true });
			writeFileSync(join(workspace, 'cluster', name, 'etcd'), exampleFile(name).text);
		}
		mkdirSync(join(workspace, 'locked', 'pg4'), { recursive: true });
		writeFileSync(join(workspace, 'locked', 'pg4', 'etcd'), exampleFile('pg1').text);
		chmodSync(root, 0o755);
		chmodSync(join(workspace, 'cluster', 'pg3', 'etcd'), 0o000);
		chmodSync(join(workspace, 'locked'), 0o000);
		const asRoot = process.getuid?.() === 0;
		const client = await startClient(undefined, { workspace: { workspaceFolders: true } }, [{ uri: pathToFileURL(workspace).toString(), name: 'locked' }], [], undefined,
			{ launcher: asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [], server: join(dist, 'server.js') });
		const logs: string[] = [];
		client.connection.onNotification('window/logMessage', (params: { message: string }) => { logs.push(params.message); });
		try {
			const deadline = Date.now() + 20_000;
			while (!logs.some(line => line.startsWith('indexed '))) {
				assert.ok(Date.now() < deadline, `no index after 20 s; the log says: ${logs.join(' | ')}`);
				await new Promise(resolve => setTimeout(resolve, 50));
			}
			assert.ok(logs.includes('indexed 2 etcd config files'), logs.join(' | '));
			assert.ok(logs.some(line => /skipped .*locked: EACCES/.test(line)), logs.join(' | '));
			assert.ok(logs.some(line => /skipped .*pg3\/etcd: EACCES/.test(line)), logs.join(' | '));
			// The editor has the text the server could not read: the open file is checked with its cluster.
			const pg3 = pathToFileURL(join(workspace, 'cluster', 'pg3', 'etcd')).toString();
			const diagnostics = await client.open(pg3, exampleFile('pg3').text);
			assert.ok(!diagnostics.some(d => d.code === 'member-without-file'), JSON.stringify(diagnostics));
			const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: pg3 }, position: { line: 9, character: 3 } }) as Hover;
			assert.match((hover.contents as MarkupContent).value, /ETCD_INITIAL_CLUSTER_STATE/);
		} finally {
			await client.stop();
			chmodSync(join(workspace, 'locked'), 0o755);
			rmSync(root, { recursive: true, force: true });
		}
	});
});
