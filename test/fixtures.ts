import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * pg1's file as copy `i` of thousands that claim its name: each also advertises a peer URL of its own, so that
 * every copy is a member of its own (identical copies describe one member and count once) in pg1's cluster.
 */
export function copyOfPg1(i: number): string {
	const text = readFileSync(join(repoRoot, 'examples', 'pg-cluster', 'pg1', 'etcd'), 'utf8');
	const own = `http://10.${(i >> 8) & 255}.${i & 255}.1:2380`;
	return text.replace('ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.201:2380"', `ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.201:2380,${own}"`);
}
