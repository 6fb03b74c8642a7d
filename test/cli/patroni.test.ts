import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const cli = join(repoRoot, 'dist', 'cli.js');

describe('etcd-config-lint on Patroni files', () => {
	const root = mkdtempSync(join(tmpdir(), 'etcd-config-patroni-cli-'));
	after(() => rmSync(root, { recursive: true, force: true }));
	cpSync(join(repoRoot, 'examples', 'pg-cluster'), root, { recursive: true });

	it('checks each patroni.yml against the members found in the same run, and never prints its password', () => {
		const path = join(root, 'pg2', 'patroni.yml');
		// The password typed where a host belongs: the finding's code frame shows that line.
		writeFileSync(path, readFileSync(path, 'utf8').replace('192.168.45.204:2379', 'Zq7-oN4v-patroni:2380'));
		for (const format of ['text', 'json', 'sarif']) {
			const { status, stdout } = spawnSync(process.execPath, [cli, '--format', format, root], { encoding: 'utf8' });
			assert.equal(status, 0, stdout);
			assert.ok(!stdout.includes('Zq7-oN4v-patroni'), `${format} shows the password:\n${stdout}`);
			assert.match(stdout, /patroni-host-not-advertised/);
		}
		const text = spawnSync(process.execPath, [cli, root], { encoding: 'utf8' }).stdout;
		assert.match(text, /pg2\/patroni\.yml:14:7 warning patroni-host-not-advertised No member of this etcd cluster advertises \*\*\*\*:2380/);
		assert.match(text, /6 files checked/);
	});
});
