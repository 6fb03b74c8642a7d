import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/* The README installs the CLI and the server from `npm pack`'s tarball: it must hold them and what they load. */
describe('the packed tarball the README installs', () => {
	const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
	const files = (JSON.parse(pack.stdout) as [{ files: { path: string }[] }])[0].files.map(file => file.path);

	it('holds both commands, each with its shebang, and every bundle they load', () => {
		assert.equal(pack.status, 0, pack.stderr);
		for (const bin of Object.values(manifest.bin)) {
			assert.ok(files.includes(bin), bin);
			assert.match(readFileSync(join(repoRoot, bin), 'utf8'), /^#!\/usr\/bin\/env node\n/);
		}
		const loaded = bundlesLoadedBy(Object.values(manifest.bin));
		assert.ok(loaded.includes('dist/serverMain.js') && loaded.includes('dist/russian.js'), loaded.join(' '));
		assert.deepEqual(loaded.filter(path => !files.includes(path)), []);
	});

	it('leaves out the tests and the sources', () => {
		assert.deepEqual(files.filter(path => /^(test|server|client|bench)\//.test(path) || path.endsWith('.map')), []);
	});

	it('is the file the README names, and the README runs no npx --yes of an unpublished name', () => {
		assert.ok(readme.includes(`npm install --global ./${manifest.name}-${manifest.version}.tgz`));
		assert.doesNotMatch(readme.replace(/never run\s+`npx --yes[^`]*`/, ''), /npx --yes/);
	});
});

/** The bundles in dist/ that these load, directly or through another: `require("./x.js")` or `join(__dirname, "x.js")`. */
function bundlesLoadedBy(entries: readonly string[]): string[] {
	const seen = new Set<string>();
	const visit = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const text = readFileSync(join(repoRoot, path), 'utf8');
		for (const match of text.matchAll(/require\("\.\/([\w.-]+\.js)"\)|__dirname, "([\w.-]+\.js)"\)/g)) visit(`dist/${match[1] ?? match[2]}`);
	};
	entries.forEach(visit);
	return [...seen];
}
