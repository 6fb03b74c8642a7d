import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findWorkspaceFiles } from '../../server/src/workspaceFiles';
import { copyOfPg1, repoRoot } from '../fixtures';

const cli = join(repoRoot, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-limits-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A config file 1,800 folders down (3,600 characters of path, within PATH_MAX). */
function deepFolder(): { root: string; file: string } {
	const root = join(scratch, 'deep');
	const levels = Array.from({ length: 1800 }, () => 'd');
	const folder = join(root, ...levels);
	mkdirSync(folder, { recursive: true });
	const file = join(folder, 'etcd');
	writeFileSync(file, 'ETCD_NAME=deep\n');
	return { root, file };
}

describe('etcd-config-lint within bounds', () => {
	// 3,000 members that all claim pg1's name and peer URL: they form one cluster.
	const copies = join(scratch, 'copies');
	before(() => {
		for (let i = 0; i < 3000; i++) {
			mkdirSync(join(copies, `m${i}`), { recursive: true });
			writeFileSync(join(copies, `m${i}`, 'etcd'), copyOfPg1(i));
		}
	});

	it('3,000 files that share a peer URL: seconds and bounded memory, output linear in the files', () => {
		const started = performance.now();
		const result = spawnSync(process.execPath, ['--max-old-space-size=1024', cli, '--format', 'json', copies], { encoding: 'utf8', maxBuffer: 1 << 30 });
		const seconds = (performance.now() - started) / 1000;
		assert.equal(result.status, 1, result.stderr);
		const output = JSON.parse(result.stdout);
		assert.equal(output.summary.files, 3000);
		// About 3 s on an idle machine (before: 1,000 such files ran out of memory after three minutes).
		assert.ok(seconds < 90, `${seconds.toFixed(1)} s`);
		assert.ok(result.stdout.length / 3000 < 30_000, `${(result.stdout.length / 3000).toFixed(0)} bytes per file`);
		assert.ok(output.files.every((f: { diagnostics: { related: unknown[] }[] }) => f.diagnostics.every(d => d.related.length <= 10)));
	});

	it('walks a folder 1,800 levels deep without recursion and exits normally', async () => {
		const { root, file } = deepFolder();
		const result = spawnSync(process.execPath, [cli, '--format', 'json', root], { encoding: 'utf8' });
		assert.equal(result.status, 0, result.stderr.slice(0, 500));
		assert.deepEqual(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path), [file]);
		// The server's index walks the same way.
		assert.deepEqual(await findWorkspaceFiles(root, { include: [], exclude: [] }, () => undefined), [file]);
	});

	it('refuses a FIFO named on the command line instead of waiting on it, with and without --fix', () => {
		const fifo = join(scratch, 'fifo.etcd.env');
		spawnSync('mkfifo', [fifo]);
		for (const args of [[fifo], ['--fix', fifo]]) {
			const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
			assert.equal(result.status, 2, args.join(' '));
			assert.match(result.stderr, /not a regular file/);
		}
	});

	it('ends quietly when the reader stops early (EPIPE): no stack trace, the status of the run', async () => {
		const child = spawn(process.execPath, [cli, copies], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', chunk => { stderr += chunk; });
		// Read one chunk, then close the pipe as `| head -1` does.
		child.stdout.once('data', () => child.stdout.destroy());
		const status = await new Promise<number | null>(resolve => child.on('close', resolve));
		assert.equal(stderr, '');
		assert.equal(status, 1);
	});
});
