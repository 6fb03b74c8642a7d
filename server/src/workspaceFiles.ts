import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isEtcdConfigPath } from './engine/fileNames';
import { matchesAny } from './engine/glob';

/** Files over this size are no hand-written config: the index skips them. */
export const maxIndexedSize = 1024 * 1024;
const skippedDirectories = new Set(['node_modules', '.git']);

export interface FileFilter {
	readonly include: readonly RegExp[];
	readonly exclude: readonly RegExp[];
}

/** Whether a path (relative to its workspace folder, `/`-separated) is an etcd config the index should hold. */
export function wanted(relativePath: string, filter: FileFilter): boolean {
	if (matchesAny(relativePath, filter.exclude)) return false;
	return isEtcdConfigPath(relativePath) || matchesAny(relativePath, filter.include);
}

/**
 * Finds the etcd config files below a folder. Unreadable folders and files that vanish are skipped and
 * reported through `onSkip`; symbolic links are not followed, so link loops cannot trap the walk.
 */
export async function findWorkspaceFiles(root: string, filter: FileFilter, onSkip: (path: string, why: string) => void): Promise<string[]> {
	const found: string[] = [];
	const walk = async (directory: string): Promise<void> => {
		let entries;
		try {
			entries = await readdir(directory, { withFileTypes: true });
		} catch (error) {
			onSkip(directory, (error as NodeJS.ErrnoException).code ?? 'unreadable');
			return;
		}
		for (const entry of entries) {
			const path = join(directory, entry.name);
			const relativePath = relative(root, path).split(sep).join('/');
			if (entry.isDirectory()) {
				if (!skippedDirectories.has(entry.name) && !matchesAny(relativePath, filter.exclude)) await walk(path);
			} else if (entry.isFile() && wanted(relativePath, filter)) {
				found.push(path);
			}
		}
	};
	await walk(root);
	return found;
}

/** The file's text, or undefined (with the reason) when it is too large, unreadable or gone. */
export async function readIndexedFile(path: string): Promise<{ text?: string; skipped?: string }> {
	try {
		const info = await stat(path);
		if (info.size > maxIndexedSize) return { skipped: `larger than ${maxIndexedSize} bytes` };
		return { text: await readFile(path, 'utf8') };
	} catch (error) {
		return { skipped: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
	}
}
