import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isYamlPath } from '../server/src/engine/parse/fileNames';

/** The repository root, seen from the compiled tests in out/test/. */
export const repoRoot = join(__dirname, '..', '..');

/** The env-file fixtures: the examples and test/fixtures/env (YAML files have fixtures of their own). */
export function fixtureFiles(): string[] {
	return [...walk(join(repoRoot, 'examples')), ...walk(join(repoRoot, 'test', 'fixtures', 'env'))].filter(path => !isYamlPath(path));
}

function walk(directory: string): string[] {
	return readdirSync(directory).sort().flatMap(name => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
