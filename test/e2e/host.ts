import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } from '@vscode/test-electron';
import { chromiumPath, codeServerArgs, codeServerBin } from './codeServer';

/** code-server 4.100.3 is VS Code 1.100.3; the download path takes the same version. */
export const vscodeVersion = '1.100.3';
const codeServerVersion = '4.100.3';

/** A VS Code that test-electron's runTests can start, and the way to install a .vsix into it. */
export interface Host {
	readonly kind: 'electron' | 'code-server';
	readonly description: string;
	readonly executable: string;
	/** Passed to the executable with runTests' extensionTestsEnv. */
	readonly env: Readonly<Record<string, string>>;
	installExtension(vsix: string, dirs: ProfileDirs): void;
}

export interface ProfileDirs {
	readonly userDataDir: string;
	readonly extensionsDir: string;
}

export interface NoHost {
	readonly kind: 'none';
	readonly reasons: readonly string[];
}

/** Outside the repository and kept between runs: code-server takes a minute to install, VS Code to download. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
	return env.ETCD_E2E_CACHE ?? join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'etcd-config-e2e');
}

/**
 * ETCD_E2E_VSCODE=download|offline forces a path; by default a downloaded VS Code (Electron, so it needs a display)
 * where one can be had, and code-server in headless Chromium otherwise.
 */
export async function findHost(repo: string, cache: string, runDir: string): Promise<Host | NoHost> {
	const mode = process.env.ETCD_E2E_VSCODE ?? 'auto';
	const reasons: string[] = [];
	if (mode !== 'offline') {
		const electron = await downloadedVSCode(cache, runDir);
		if (typeof electron !== 'string') return electron;
		reasons.push(`downloaded VS Code: ${electron}`);
	}
	if (mode !== 'download') {
		const offline = codeServerHost(repo, cache, runDir);
		if (typeof offline !== 'string') return offline;
		reasons.push(`code-server: ${offline}`);
	}
	return { kind: 'none', reasons };
}

/** Electron needs a display: the one we have, or a virtual one from xvfb-run. */
async function downloadedVSCode(cache: string, runDir: string): Promise<Host | string> {
	const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
	const xvfb = !display && spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
	if (!display && !xvfb) return 'no DISPLAY, and no xvfb-run to make one';
	let code: string;
	try {
		code = await downloadAndUnzipVSCode({ version: vscodeVersion, cachePath: join(cache, 'vscode'), timeout: 15_000 });
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	return {
		kind: 'electron',
		description: `VS Code ${vscodeVersion} (downloaded, ${code}${xvfb ? ', under xvfb-run' : ''})`,
		executable: xvfb ? launcher(runDir, [xvfb, '-a', code]) : code,
		env: {},
		installExtension(vsix, dirs) {
			const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(code);
			run(cli, [...args, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix]);
		},
	};
}

/** test-electron spawns the "VS Code executable" directly, with no shell: a two-line script can stand in for it. */
function launcher(runDir: string, command: readonly string[]): string {
	const path = join(runDir, 'code');
	const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
	writeFileSync(path, `#!/bin/sh\nexec ${command.map(quote).join(' ')} "$@"\n`);
	chmodSync(path, 0o755);
	return path;
}

function codeServerHost(repo: string, cache: string, runDir: string): Host | string {
	try {
		accessSync(chromiumPath, constants.X_OK);
	} catch {
		return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
	}
	const root = join(cache, `code-server-${codeServerVersion}`);
	if (!existsSync(join(root, '.complete'))) {
		console.log(`e2e: installing code-server ${codeServerVersion} into ${root} (once; about a minute)`);
		const started = Date.now();
		const install = spawnSync('sh', [join(repo, 'test', 'e2e', 'installCodeServer.sh'), root], { stdio: 'inherit' });
		if (install.status !== 0) return `installing code-server into ${root} failed (exit ${install.status ?? install.signal})`;
		console.log(`e2e: code-server installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	return {
		kind: 'code-server',
		description: `code-server ${codeServerVersion} (VS Code ${vscodeVersion}) in ${chromiumPath}, from ${root}`,
		executable: launcher(runDir, [process.execPath, join(__dirname, 'shim.js')]),
		env: { ETCD_E2E_CODE_SERVER: root },
		installExtension(vsix, dirs) {
			run(codeServerBin(root), [...codeServerArgs({ root, ...dirs }), '--install-extension', vsix]);
		},
	};
}

function run(command: string, args: readonly string[]): void {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
}
