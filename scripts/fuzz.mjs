// npm run fuzz -- --minutes N: runs the engine's properties (test/engine/propertyCases.ts) for N minutes, each round
// with a new seed and more runs, and saves every failing input under test/fixtures/fuzz/, where the property test
// replays it on every run. Needs `tsc -p .` first (npm run fuzz does it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const root = join(import.meta.dirname, '..');
const { engineProperties } = await import(join(root, 'out', 'test', 'engine', 'propertyCases.js'));
const at = process.argv.indexOf('--minutes');
const minutes = at >= 0 ? Number(process.argv[at + 1]) : 1;
if (!(minutes > 0)) throw new Error('usage: npm run fuzz -- --minutes N');

const fixtures = join(root, 'test', 'fixtures', 'fuzz');
mkdirSync(fixtures, { recursive: true });
const deadline = Date.now() + minutes * 60_000;
const started = Date.now();
let failures = 0;
for (let round = 0; Date.now() < deadline; round++) {
	for (const property of engineProperties) {
		if (Date.now() >= deadline) break;
		const seed = (started + round * 7919) | 0;
		// Growing runs: early rounds spread over many seeds, later ones dig deeper into each.
		const numRuns = property.numRuns * Math.min(2 ** round, 64);
		const result = fc.check(fc.property(...property.arbitraries, (...args) => property.check(...args)), { seed, numRuns });
		if (!result.failed) continue;
		failures++;
		const file = join(fixtures, `${property.name}-${seed >>> 0}.json`);
		writeFileSync(file, JSON.stringify({ property: property.name, seed, error: String(result.errorInstance ?? result.error).slice(0, 500), args: result.counterexample }, null, 1) + '\n');
		console.log(`FAILED ${property.name} (seed ${seed}): saved ${file}`);
	}
	console.log(`round ${round}: every property passed or was saved (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`${failures} failing input(s) saved.`);
process.exitCode = failures > 0 ? 1 : 0;
