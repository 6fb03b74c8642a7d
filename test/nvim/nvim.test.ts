import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
if (!available) {
	const message = 'NEOVIM SUITE SKIPPED: nvim not found (apt-get install -y neovim)';
	console.warn(message);
	if (process.env.CI) throw new Error(`${message}, and CI must run it`);
}

describe('headless Neovim as the client of the standalone server', { skip: !available && 'nvim not installed' }, () => {
	it('gets the advertise error, a hover and its quick fixes', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-nvim-'));
		try {
			const file = join(scratch, 'etcd');
			const original = readFileSync(join(repoRoot, 'examples', 'pg-cluster', 'pg3', 'etcd'), 'utf8');
			writeFileSync(file, original.replace('ADVERTISE_PEER_URLS="http://192.168.45.204:2380"', 'ADVERTISE_PEER_URLS="http://192.168.45.203:2380"'));
			const out = join(scratch, 'probe.json');
			const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(repoRoot, 'test', 'nvim', 'probe.lua')}`], {
				encoding: 'utf8',
				timeout: 60_000,
				env: {
					...process.env, PROBE_SERVER: join(repoRoot, 'dist', 'server.js'), PROBE_FILE: file, PROBE_OUT: out, PROBE_HOVER: '9,5',
					XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_STATE_HOME: scratch, XDG_CACHE_HOME: scratch,
				},
			});
			const result = JSON.parse(readFileSync(out, 'utf8'));
			assert.equal(result.ok, true, `${result.error ?? ''} ${run.stderr}`);
			const mismatch = result.diagnostics.find((d: { code: string }) => d.code === 'advertise-peer-mismatch');
			assert.ok(mismatch, JSON.stringify(result.diagnostics));
			assert.deepEqual(mismatch.range.start, { line: 6, character: 33 });
			assert.match(result.hover, /ETCD_INITIAL_CLUSTER_STATE/);
			assert.match(result.hover, /etcd 3\.4 documentation/, 'the settings Neovim sends reach the server');
			assert.ok(result.actions.some((a: { title: string }) => /^Advertise http:\/\/192\.168\.45\.204:2380/.test(a.title)), JSON.stringify(result.actions.map((a: { title: string }) => a.title)));
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});
});
