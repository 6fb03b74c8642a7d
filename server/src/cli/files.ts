import { closeSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isEtcdFilePath, isPatroniPath, mayHoldEtcdConfig, type CliMessages } from '../engine';
import { maxIndexedSize, skippedDirectories } from '../workspaceFiles';
import { decodeBytes } from './bytes';
import { CliError } from './cliError';
import { NotRegular, readFile, type ReadFile } from './readFile';

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
		if (stats.isDirectory()) for (const file of findConfigs(path)) files.push(file);
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

/**
 * The files below a folder whose names may hold an etcd config, in the order a depth-first walk in name order meets
 * them, walked with a stack of open folders rather than by recursion: a folder nested a few thousand levels deep
 * overflowed the stack. Symbolic links are not followed (a Dirent of a link is neither a file nor a folder).
 */
function findConfigs(root: string): Candidate[] {
	const found: Candidate[] = [];
	const stack = [{ directory: root, entries: sortedEntries(root), next: 0 }];
	while (stack.length > 0) {
		const top = stack[stack.length - 1];
		if (top.next >= top.entries.length) {
			stack.pop();
			continue;
		}
		const entry = top.entries[top.next++];
		const path = join(top.directory, entry.name);
		if (entry.isDirectory()) {
			if (!skippedDirectories.has(entry.name)) stack.push({ directory: path, entries: sortedEntries(path), next: 0 });
			continue;
		}
		const below = relative(root, path).split(sep).join('/');
		const candidate = isEtcdFilePath(below) || mayHoldEtcdConfig(below) || isPatroniPath(below);
		if (entry.isFile() && candidate && statSync(path).size <= maxIndexedSize) found.push({ path, named: false, relative: below });
	}
	return found;
}

function sortedEntries(directory: string): Dirent[] {
	return readFolder(directory).sort((a, b) => a.name.localeCompare(b.name));
}

function readFolder(directory: string): Dirent[] {
	try {
		return readdirSync(directory, { withFileTypes: true });
	} catch (error) {
		throw new InputError(m => m.cannotRead(directory, reason(error, m)));
	}
}

export function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new InputError(m => m.cannotRead(path, reason(error, m)));
	}
}

/**
 * A file's text for linting, every byte kept (bytes that are not UTF-8 stand for themselves: see bytes.ts). Read
 * as --fix reads it: a FIFO named on the command line is refused, not waited on.
 */
export function readSource(path: string): string {
	let read: ReadFile | undefined;
	try {
		read = readFile(path);
		return decodeBytes(read.bytes).text;
	} catch (error) {
		throw new InputError(m => m.cannotRead(path, error instanceof NotRegular ? m.notRegular : reason(error, m)));
	} finally {
		if (read) closeSync(read.fd);
	}
}

function reason(error: unknown, m: CliMessages): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return m.noSuchFile;
	if (code === 'EACCES' || code === 'EPERM') return m.permissionDenied;
	if (code === 'EISDIR') return m.isDirectory;
	return error instanceof Error ? error.message : String(error);
}
