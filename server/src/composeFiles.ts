import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { composeEnvFiles } from './engine';
import { readIndexedFile } from './workspaceFiles';

/*
 * Which env files docker compose reads: those a compose file next to them (or one folder up) names in a service's
 * `env_file`. Compose reads them with its own rules and fills in `${VAR}`, so the engine parses them as compose does.
 */

/** docker-compose.yml, compose.yaml, docker-compose.override.yml, compose.prod.yaml… */
export const composeFileName = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;

/** The compose files' glob, for the file watcher. */
export const composeFileGlob = '**/{docker-compose,compose}*.{yml,yaml}';

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
