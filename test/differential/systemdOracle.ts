import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fixtures';

/*
 * systemd 252's own reading of an env file, from ../shared/systemd-oracle built into out/ by
 * scripts/buildSystemdOracle.sh: the variables Debian's etcd.service hands to etcd (the unit's own, then the
 * file's), the assignments systemd drops as invalid, the command line `$DAEMON_ARGS` expands to, and whether the
 * file could be loaded at all (`EnvironmentFile=-` skips a file it cannot load).
 */

export interface SystemdView {
	/** Variables in systemd's order: the unit's first, each later assignment replacing an earlier one in place. */
	readonly env: readonly (readonly [string, string])[];
	/** `KEY=value` of each assignment systemd drops (invalid name), as systemd logs it. */
	readonly ignored: readonly string[];
	readonly argv: readonly string[];
	/** False when systemd could not load the file (a NUL byte, invalid UTF-8 in a key or value): it is skipped. */
	readonly loaded: boolean;
}

export const oracleBinary = join(repoRoot, 'out', 'systemd_env');
const batchPreload = join(repoRoot, 'out', 'systemd_env_batch.so');

export function oracleAvailable(): boolean {
	return existsSync(oracleBinary) && existsSync(batchPreload) && spawnSync(oracleBinary, ['--print', '/dev/null']).status === 0;
}

interface OracleJson {
	env: Record<string, string>;
	argv: string[];
	ignored: string[];
	load_error: string | null;
}

function viewOf(json: string): SystemdView {
	const parsed = JSON.parse(json) as OracleJson;
	return { env: Object.entries(parsed.env), ignored: parsed.ignored, argv: parsed.argv, loaded: parsed.load_error === null };
}

/** One file, one process: the oracle as anyone would run it. */
export function oracleOnFile(path: string): SystemdView {
	const result = spawnSync(oracleBinary, ['--print', path], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`systemd_env failed on ${path}: ${result.stderr}`);
	return viewOf(result.stdout);
}

/** Many files, each in a child forked from one loaded oracle (test/differential/systemdBatch.c), in `lanes` processes. */
export async function oracleOnFiles(paths: readonly string[], lanes: number): Promise<SystemdView[]> {
	const size = Math.ceil(paths.length / lanes);
	const chunks = Array.from({ length: lanes }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter(chunk => chunk.length > 0);
	const results = await Promise.all(chunks.map(batch));
	return results.flat();
}

function batch(paths: readonly string[]): Promise<SystemdView[]> {
	return new Promise((resolve, reject) => {
		const child = spawn(oracleBinary, ['--print', 'replaced-by-each-path'], {
			env: { ...process.env, LD_PRELOAD: batchPreload, LD_BIND_NOW: '1' },
			stdio: ['pipe', 'pipe', 'ignore'],
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', code => {
			const records = Buffer.concat(chunks).toString('utf8').split('\x1e');
			const views: SystemdView[] = [];
			// Each file's JSON line precedes its separator; after the separator come the exit status and a newline.
			let pending = records[0];
			for (const record of records.slice(1)) {
				const newline = record.indexOf('\n');
				const status = record.slice(0, newline);
				if (status !== '0') return reject(new Error(`systemd_env exited with ${status} on ${paths[views.length]}`));
				views.push(viewOf(pending));
				pending = record.slice(newline + 1);
			}
			if (code !== 0 || views.length !== paths.length) return reject(new Error(`the oracle batch ended with ${code} after ${views.length} of ${paths.length} files`));
			resolve(views);
		});
		child.stdin.end(paths.join('\n'));
	});
}
