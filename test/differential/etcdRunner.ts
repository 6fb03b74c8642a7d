import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { splitWords } from '../../server/src/engine/parsers/daemonArgs';

/*
 * Starts the real etcd the way Debian's unit does: the unit's own ETCD_NAME (the host name) and ETCD_DATA_DIR,
 * then the file's variables as systemd decodes them (later lines win), and `etcd $DAEMON_ARGS` split into
 * words the way systemd splits them. The verdict: refused (it exited before the deadline) or started.
 */

export function etcdAvailable(): boolean {
	return spawnSync('etcd', ['--version'], { encoding: 'utf8' }).status === 0;
}

export interface EtcdVerdict {
	readonly started: boolean;
	readonly exitCode: number | null;
	/** The last lines etcd wrote, for the assertion messages. */
	readonly tail: string;
}

/** etcd's environment and arguments under Debian's unit: its two variables, then the file's, then `$DAEMON_ARGS`. */
export function launch(envFileText: string, dataDir: string): { env: NodeJS.ProcessEnv; args: string[] } {
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ETCD_NAME: 'debian-host', ETCD_DATA_DIR: dataDir };
	let daemonArgs = '';
	for (const setting of parseDocument('file:///diff/etcd', envFileText).settings) {
		if (setting.source !== 'env') continue;
		if (setting.key === 'DAEMON_ARGS') daemonArgs = setting.value;
		else env[setting.key] = setting.value;
	}
	return { env, args: splitWords(daemonArgs).map(word => word.text) };
}

export async function runEtcd(envFileText: string, deadlineMs = 4000): Promise<EtcdVerdict> {
	return runInTempDir(dir => launch(envFileText, join(dir, 'member')), deadlineMs);
}

/**
 * Runs etcd as `prepare` sets it up inside a fresh temporary directory, which is also its working directory (so a
 * relative or default data dir lands there), until it exits or the deadline passes; then the directory goes.
 */
export async function runInTempDir(prepare: (dir: string) => { env: NodeJS.ProcessEnv; args: string[] }, deadlineMs: number): Promise<EtcdVerdict> {
	const dir = mkdtempSync(join(tmpdir(), 'etcd-diff-'));
	const { env, args } = prepare(dir);
	const child = spawn('etcd', args, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout.on('data', chunk => { log += chunk; });
	child.stderr.on('data', chunk => { log += chunk; });
	try {
		const exitCode = await new Promise<number | null>(resolve => {
			const timer = setTimeout(() => resolve(null), deadlineMs);
			child.once('exit', code => { clearTimeout(timer); resolve(code ?? -1); });
		});
		return { started: exitCode === null, exitCode, tail: log.split('\n').filter(l => l.trim() !== '').slice(-4).join('\n') };
	} finally {
		if (child.exitCode === null) {
			child.kill('SIGKILL');
			await new Promise(resolve => child.once('exit', resolve));
		}
		rmSync(dir, { recursive: true, force: true });
	}
}
