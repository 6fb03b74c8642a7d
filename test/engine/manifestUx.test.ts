import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('what the extension page and the editor get from package.json', () => {
	it('turns off word-based suggestions and VS Code\'s own URL links in etcd files', () => {
		// Words from other files offered `100ms` where etcd wants milliseconds; a member's client URL opened a browser.
		assert.deepEqual(manifest.contributes.configurationDefaults['[etcd]'], { 'editor.wordBasedSuggestions': 'off', 'editor.links': false });
	});

	it('has a 128×128 PNG icon and a repository', () => {
		const png = readFileSync(join(repoRoot, manifest.icon));
		assert.equal(png.toString('latin1', 1, 4), 'PNG');
		assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
		assert.match(manifest.repository.url, /^https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
	});

	it('lets vsce rewrite the README\'s images to the repository, and every image exists there', () => {
		// VS Code's extension page shows only https images; vsce makes relative links absolute from `repository`.
		assert.doesNotMatch(manifest.scripts.package, /--no-rewrite-relative-links/);
		// vsce refuses a `files` list next to .vscodeignore: npm pack takes .npmignore instead.
		assert.equal(manifest.files, undefined);
		const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(match => match[1]);
		assert.ok(images.length >= 3);
		assert.deepEqual(images.filter(path => /^[a-z]+:/.test(path) || !existsSync(join(repoRoot, path))), []);
	});
});
