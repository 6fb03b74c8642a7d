import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isEtcdFilePath, isPatroniPath, matchesAny, mayHoldEtcdConfig } from './engine';

/** Files over this size are no hand-written config (an `etcd` binary, say): the index and the CLI's search skip them. */
export const maxIndexedSize = 1024 * 1024;
/** Folders no search for config files enters, in the workspace or on the CLI's command line. */
export const skippedDirectories: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface FileFilter {
	readonly include: readonly RegExp[];
	readonly exclude: readonly RegExp[];
	/** `etcd.cluster.groups`: the files each named cluster is made of. */
	readonly groups?: readonly { readonly name: string; readonly globs: readonly RegExp[] }[];
}

/** Whether a path (relative to its workspace folder, `/`-separated) may be an etcd config the index should hold; its content decides. */
export function wanted(relativePath: string, filter: FileFilter): boolean {
	if (matchesAny(relativePath, filter.exclude)) return false;
	return isEtcdFilePath(relativePath) || mayHoldEtcdConfig(relativePath) || isPatroniPath(relativePath) || matchesAny(relativePath, filter.include);
}

/**
 * Finds the etcd config files below a folder. Unreadable folders and files that vanish are skipped and
 * reported through `onSkip`; symbolic links are not followed, so link loops cannot trap the walk. Only regular
 * files are taken: a FIFO or socket named `etcd` would block the read that waits for data that never comes.
 * The folders are read synchronously (far cheaper than a promise per call with tens of thousands of folders),
 * handing the event loop back now and then so requests are answered while a large tree is walked.
 */
export async function findWorkspaceFiles(root: string, filter: FileFilter, onSkip: (path: string, why: string) => void): Promise<string[]> {
	const found: string[] = [];
	const pending = [root];
	for (let read = 0; pending.length > 0; read++) {
		if (read % 64 === 63) await yieldToRequests();
		const directory = pending.pop()!;
		let entries;
		try {
			entries = readdirSync(directory, { withFileTypes: true });
		} catch (error) {
			onSkip(directory, errorCode(error));
			continue;
		}
		for (const entry of entries) {
			const path = join(directory, entry.name);
			const relativePath = relative(root, path).split(sep).join('/');
			if (entry.isDirectory()) {
				if (!skippedDirectories.has(entry.name) && !matchesAny(relativePath, filter.exclude)) pending.push(path);
			} else if (entry.isFile() && wanted(relativePath, filter)) {
				found.push(path);
			}
		}
	}
	return found.sort();
}

/** Lets pending requests and notifications run before the next slice of synchronous file work. */
export function yieldToRequests(): Promise<void> {
	return new Promise(resolve => setImmediate(resolve));
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unreadable';

/**
 * The file's text, or undefined (with the reason) when it is too large, not a regular file, unreadable or gone.
 * Opened without blocking and checked on the open descriptor: a path that turns into a FIFO between the walk and
 * the read must not hang the index. Synchronous, a few microseconds for a config file; callers yield between files.
 */
export function readIndexedFile(path: string): { text?: string; skipped?: string } {
	let fd: number | undefined;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const info = fstatSync(fd);
		if (!info.isFile()) return { skipped: 'not a regular file' };
		if (info.size > maxIndexedSize) return { skipped: `larger than ${maxIndexedSize} bytes` };
		const buffer = Buffer.alloc(info.size);
		let length = 0;
		while (length < buffer.length) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		return { text: buffer.toString('utf8', 0, length) };
	} catch (error) {
		return { skipped: errorCode(error) };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
