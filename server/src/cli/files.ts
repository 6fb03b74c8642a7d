import { chmodSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isEtcdFilePath, type CliMessages } from '../engine';
import { maxIndexedSize, skippedDirectories } from '../workspaceFiles';
import { CliError } from './cliError';

export class InputError extends CliError {}


/** The files to lint: each file argument as given, and the etcd config files found below each directory. */
export function collectFiles(paths: readonly string[]): string[] {
	const files: string[] = [];
	for (const path of paths) {
		const stats = statOrFail(path);
		if (stats.isDirectory()) files.push(...findConfigs(path, path));
		else files.push(path);
	}
	return [...new Set(files)];
}

function statOrFail(path: string) {
	try {
		return statSync(path);
	} catch (error) {
		throw new InputError(m => m.cannotRead(path, reason(error, m)));
	}
}

function findConfigs(root: string, directory: string): string[] {
	let entries;
	try {
		entries = readdirSync(directory, { withFileTypes: true });
	} catch (error) {
		throw new InputError(m => m.cannotRead(directory, reason(error, m)));
	}
	entries.sort((a, b) => a.name.localeCompare(b.name));
	return entries.flatMap(entry => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return skippedDirectories.has(entry.name) ? [] : findConfigs(root, path);
		return entry.isFile() && isEtcdFilePath(relative(root, path).split(sep).join('/')) && statSync(path).size <= maxIndexedSize ? [path] : [];
	});
}

export function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new InputError(m => m.cannotRead(path, reason(error, m)));
	}
}

/** Writes next to the file and renames over it, so a crash never leaves half a config; keeps the file's mode. */
export function writeAtomically(path: string, text: string): void {
	const temporary = join(dirname(path), `.${process.pid}.etcd-config-lint.tmp`);
	try {
		const mode = statSync(path).mode;
		writeFileSync(temporary, text, { mode });
		chmodSync(temporary, mode);
		renameSync(temporary, path);
	} catch (error) {
		throw new InputError(m => m.cannotWrite(path, reason(error, m)));
	}
}

function reason(error: unknown, m: CliMessages): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return m.noSuchFile;
	if (code === 'EACCES' || code === 'EPERM') return m.permissionDenied;
	if (code === 'EISDIR') return m.isDirectory;
	return error instanceof Error ? error.message : String(error);
}
