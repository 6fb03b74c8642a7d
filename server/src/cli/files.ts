import { chmodSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isEtcdFilePath, mayHoldEtcdConfig, type CliMessages } from '../engine';
import { maxIndexedSize, skippedDirectories } from '../workspaceFiles';
import { CliError } from './cliError';

export class InputError extends CliError {}


/** A file to read: `named` when it was a file argument, else found below a directory (its content still decides). */
export interface Candidate {
	readonly path: string;
	readonly named: boolean;
	/** The path below the directory argument it was found in, `/`-separated (the file's name for a file argument). */
	readonly relative: string;
}

/**
 * The files to read: each file argument as given, and below each directory the files whose names may be etcd
 * configs. A file reached twice (two arguments, a link) is read once, as the first argument that reached it.
 */
export function collectFiles(paths: readonly string[]): Candidate[] {
	const files: Candidate[] = [];
	for (const path of paths) {
		const stats = statOrFail(path);
		if (stats.isDirectory()) files.push(...findConfigs(path, path));
		else files.push({ path, named: true, relative: path.split(sep).join('/') });
	}
	const seen = new Set<string>();
	return files.filter(file => {
		const real = realPath(file.path);
		if (seen.has(real)) return false;
		seen.add(real);
		return true;
	});
}

function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

function statOrFail(path: string) {
	try {
		return statSync(path);
	} catch (error) {
		throw new InputError(m => m.cannotRead(path, reason(error, m)));
	}
}

function findConfigs(root: string, directory: string): Candidate[] {
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
		const below = relative(root, path).split(sep).join('/');
		const candidate = isEtcdFilePath(below) || mayHoldEtcdConfig(below);
		return entry.isFile() && candidate && statSync(path).size <= maxIndexedSize ? [{ path, named: false, relative: below }] : [];
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
