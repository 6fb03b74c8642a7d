import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, seen from the compiled tests in out/test/. */
export const repoRoot = join(__dirname, '..', '..');

/** Every env fixture: the example cluster and test/fixtures/env. */
export function fixtureFiles(): string[] {
	return [...walk(join(repoRoot, 'examples')), ...walk(join(repoRoot, 'test', 'fixtures', 'env'))];
}

function walk(directory: string): string[] {
	return readdirSync(directory).sort().flatMap(name => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
