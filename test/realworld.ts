import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

/*
 * The real-world regression suite: test/fixtures/realworld/manifest.json lists every file with its shape, format,
 * target version, cluster, launcher and the findings a careful reader expects (see the README there).
 */

export const realworldRoot = join(repoRoot, 'test', 'fixtures', 'realworld');

export interface ExpectedFinding {
	readonly line: number;
	readonly what: string;
	readonly severity: 'error' | 'warning' | 'information';
	readonly optional?: boolean;
	readonly anyLine?: boolean;
	readonly related?: readonly { readonly path: string; readonly line: number }[];
}

export interface RealworldFile {
	readonly path: string;
	readonly shape: string;
	readonly format: 'env' | 'yaml' | 'template-env' | 'template-yaml' | 'not-etcd-config';
	readonly etcdVersion: '3.4' | '3.5' | '3.6' | '3.7';
	readonly cluster: string | null;
	readonly etcd34: string;
	readonly expected: readonly ExpectedFinding[];
	readonly mustNotFlag?: readonly string[];
}

export function realworldFiles(): RealworldFile[] {
	return (JSON.parse(readFileSync(join(realworldRoot, 'manifest.json'), 'utf8')) as { files: RealworldFile[] }).files;
}
