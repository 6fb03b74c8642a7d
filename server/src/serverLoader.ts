import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/*
 * dist/server.js: starts the language server bundle (dist/serverMain.js) with V8's code cache. Compiling the
 * bundle is a third of the time from spawn to the first diagnostics; with the cache it is a fraction of that.
 * The cache sits next to the bundle, in the extension's own folder (never in a shared temporary directory, whose
 * files another user could replace: cached code runs as trusted). V8 refuses a cache made by another version,
 * with other flags or for another text, and the loader then writes a new one. Where the folder is read-only,
 * the server simply starts without a cache.
 */

// A language server idles most of its life: a heap kept small matters more than the last bit of indexing speed
// (30,000 indexed files: about 150 MB instead of 270 MB). Set before compiling: V8 keys its code cache on flags.
setFlagsFromString('--optimize-for-size');

const bundle = join(__dirname, 'serverMain.js');
const cacheFile = join(__dirname, 'serverMain.cache');
/** Long enough for the first requests to compile what they use, so the cache holds it too. */
const cacheDelayMs = 5000;

const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
let cachedData: Buffer | undefined;
try {
	cachedData = readFileSync(cacheFile);
} catch {
	cachedData = undefined;
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
	let written = false;
	const write = () => {
		if (!written) writeCache(script);
		written = true;
	};
	setTimeout(write, cacheDelayMs).unref();
	// A short session (a CLI-like editor start, a test) ends before the timer: write on the way out instead.
	process.once('exit', write);
}
(script.runInThisContext() as (...args: unknown[]) => void)(exports, require, module, bundle, __dirname);

function writeCache(compiled: Script): void {
	try {
		// Checks set the memory-saving mode aside while they run (heapMode.ts); the cache must carry the flags the
		// next start compiles with, or V8 rejects it then.
		setFlagsFromString('--optimize-for-size');
		const temporary = `${cacheFile}.${process.pid}`;
		writeFileSync(temporary, compiled.createCachedData());
		renameSync(temporary, cacheFile);
	} catch {
		// A read-only installation: every start compiles, as without a cache.
	}
}
