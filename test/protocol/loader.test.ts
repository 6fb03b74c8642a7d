import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';
import { startClient } from './lspClient';

const dist = join(repoRoot, 'dist');
const cache = join(dist, 'serverMain.cache');

async function startAndStop(): Promise<void> {
	const client = await startClient();
	await client.stop();
}

describe('dist/server.js, the loader with V8\'s code cache', () => {
	it('the bundles are ASCII: one non-ASCII character makes V8 hold the whole text as two-byte, slower to read and compile', () => {
		for (const file of ['serverMain.js', 'cli.js', 'client.js', 'docs.en.js', 'yaml.js']) {
			const text = readFileSync(join(dist, file), 'latin1');
			const at = [...text].findIndex(c => c.charCodeAt(0) > 0x7f);
			assert.equal(at, -1, `${file}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
		}
	});

	it('the server and the CLI leave Russian, the option docs and the yaml package to bundles of their own, required on first use', () => {
		for (const file of ['serverMain.js', 'cli.js']) {
			const text = readFileSync(join(dist, file), 'latin1');
			assert.doesNotMatch(text, /\\u04[0-4][0-9a-f]/i, `${file} holds Cyrillic text`);
			assert.doesNotMatch(text, /Symbol\.for\("yaml\.map"\)/, `${file} holds the yaml package`);
			assert.match(text, /require\("\.\/russian\.js"\)/);
			assert.match(text, /require\("\.\/yaml\.js"\)/);
		}
		assert.match(readFileSync(join(dist, 'serverMain.js'), 'latin1'), /require\("\.\/docs\.en\.js"\)/);
		// Russian is read only by Russian sessions: kept as UTF-8, a third of its size as \u escapes.
		assert.match(readFileSync(join(dist, 'russian.js'), 'utf8'), /[а-я]/);
	});

	it('writes the cache once and then starts from it; a damaged cache is replaced, not fatal', async () => {
		rmSync(cache, { force: true });
		await startAndStop();
		const written = statSync(cache).mtimeMs;
		await startAndStop();
		assert.equal(statSync(cache).mtimeMs, written, 'a cache V8 accepted was written again');
		writeFileSync(cache, 'not a code cache');
		await startAndStop();
		assert.ok(statSync(cache).size > 1000, 'the damaged cache was not replaced');
	});
});
