import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { repoRoot } from '../fixtures';
import { engineProperties } from './propertyCases';

/** Inputs that once failed, saved by `npm run fuzz`: { property, args }. */
const fuzzDir = join(repoRoot, 'test', 'fixtures', 'fuzz');
const regressions = readdirSync(fuzzDir).filter(name => name.endsWith('.json'))
	.map(name => ({ file: name, ...JSON.parse(readFileSync(join(fuzzDir, name), 'utf8')) as { property: string; args: unknown[] } }));

describe('the engine on any text', () => {
	for (const property of engineProperties) {
		it(property.title, () => {
			fc.assert(fc.property(...(property.arbitraries as [fc.Arbitrary<unknown>]), (...args: unknown[]) => property.check(...args)), { numRuns: property.numRuns });
		});
	}

	it('replays every saved fuzz failure (test/fixtures/fuzz)', () => {
		for (const { file, property, args } of regressions) {
			const found = engineProperties.find(p => p.name === property);
			assert.ok(found, `${file} names an unknown property ${property}`);
			assert.doesNotThrow(() => found.check(...args), file);
		}
	});
});
