import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const available = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
if (!available) {
	const message = 'NEOVIM README SUITE SKIPPED: nvim not found (apt-get install -y neovim)';
	console.warn(message);
	if (process.env.CI) throw new Error(`${message}, and CI must run it`);
}

/** The Lua block after the README's `neovim-setup` marker, exactly as a user would copy it. */
export function readmeNeovimSetup(): string {
	const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
	const marker = readme.indexOf('<!-- neovim-setup:');
	assert.ok(marker >= 0, 'README.md has no neovim-setup marker');
	const block = /```lua\n([\s\S]*?)```/.exec(readme.slice(marker));
	assert.ok(block, 'no lua block after the marker');
	return block[1];
}

describe('the README\'s Neovim setup, run as written', { skip: !available && 'nvim not installed' }, () => {
	it('starts etcd-config-language-server from PATH on an etcd file and hands it the settings', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-nvim-readme-'));
		try {
			// What a global install of the package puts on PATH: a command that runs dist/server.js.
			const bin = join(scratch, 'bin');
			mkdirSync(bin);
			writeFileSync(join(bin, 'etcd-config-language-server'), `#!/bin/sh\nexec node ${JSON.stringify(join(repoRoot, 'dist', 'server.js'))} "$@"\n`);
			chmodSync(join(bin, 'etcd-config-language-server'), 0o755);
			mkdirSync(join(scratch, 'config', 'nvim'), { recursive: true });
			const init = join(scratch, 'config', 'nvim', 'init.lua');
			writeFileSync(init, readmeNeovimSetup());
			mkdirSync(join(scratch, 'pg3'));
			const file = join(scratch, 'pg3', 'etcd');
			const original = readFileSync(join(repoRoot, 'examples', 'pg-cluster', 'pg3', 'etcd'), 'utf8');
			writeFileSync(file, original.replace('ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', 'ADVERTISE_PEER_URLS="http://192.168.45.203:2380"'));
			const out = join(scratch, 'probe.json');
			const run = spawnSync('nvim', ['--headless', '-i', 'NONE', '-n', '-c', `luafile ${join(repoRoot, 'test', 'nvim', 'probe.lua')}`], {
				cwd: scratch,
				encoding: 'utf8',
				timeout: 60_000,
				env: {
					...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, PROBE_FILE: file, PROBE_OUT: out, PROBE_HOVER: '9,5',
					XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: scratch, XDG_STATE_HOME: scratch, XDG_CACHE_HOME: scratch,
				},
			});
			const result = JSON.parse(readFileSync(out, 'utf8'));
			assert.equal(result.ok, true, `${result.error ?? ''} ${run.stderr}`);
			assert.equal(result.filetype, 'etcd');
			assert.equal(result.client, 'etcd-config');
			assert.ok(result.diagnostics.some((d: { code: string }) => d.code === 'advertise-peer-mismatch'), JSON.stringify(result.diagnostics));
			assert.match(result.hover, /etcd 3\.4 documentation/, 'the settings in the README reach the server');
			assert.ok(result.actions.some((a: { title: string }) => /^Advertise http:\/\/192\.168\.45\.204:2380/.test(a.title)), JSON.stringify(result.actions.map((a: { title: string }) => a.title)));
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});
