import { readdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { composeEnvFiles } from './engine';
import { readIndexedFile } from './workspaceFiles';

/*
 * Which env files docker compose reads: those a compose file next to them (or one folder up) names in a service's
 * `env_file`. Compose reads them with its own rules and fills in `${VAR}`, so the engine parses them as compose does.
 */

/** docker-compose.yml, compose.yaml, docker-compose.override.yml, compose.prod.yaml, dev.compose.yaml… */
export const composeFileName = /^((docker-)?compose([.-][\w.-]+)?|[\w.-]+\.compose)\.ya?ml$/;

/** The compose files' glob, for the file watcher. */
export const composeFileGlob = '**/{docker-compose,compose,*.compose}*.{yml,yaml}';

/** The absolute paths of the env files that compose files in these folders name. */
export function composeEnvFilesIn(folders: Iterable<string>): Set<string> {
	const named = new Set<string>();
	for (const folder of new Set(folders)) {
		let names: string[];
		try {
			names = readdirSync(folder).filter(name => composeFileName.test(name));
		} catch {
			continue;
		}
		for (const name of names) {
			const { text } = readIndexedFile(join(folder, name));
			for (const path of text === undefined ? [] : composeEnvFiles(text)) named.add(resolve(folder, path));
		}
	}
	return named;
}

/** The folders whose compose files could name a file: its own and the one above it. */
export function composeFoldersOf(path: string): string[] {
	return [dirname(path), dirname(dirname(path))];
}

/** The env files compose reads in a workspace, kept up to date as its compose files change. */
export interface ComposeReaders {
	has(path: string): boolean;
	/** Forgets everything (a new scan). */
	clear(): void;
	/** Learns what the compose files next to these files (and one folder up) name. */
	add(paths: readonly string[]): void;
	/** After a compose file changed: what its folder's compose files name now; returns whether `path` changed its reader. */
	refresh(composePath: string): (path: string) => boolean;
}

export function composeReaders(): ComposeReaders {
	let named = new Set<string>();
	return {
		has: path => named.has(path),
		clear: () => { named = new Set(); },
		add: paths => { for (const path of composeEnvFilesIn(paths.flatMap(composeFoldersOf))) named.add(path); },
		refresh(composePath) {
			const folder = dirname(composePath);
			const before = named;
			named = new Set([...before].filter(path => !path.startsWith(folder + sep)));
			for (const path of composeEnvFilesIn([folder])) named.add(path);
			const after = named;
			return path => before.has(path) !== after.has(path);
		},
	};
}
