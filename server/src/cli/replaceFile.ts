import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { codeOf, refused, type FixOutcome } from './fixOutcome';
import { readAll, type ReadFile } from './readFile';
import { giveAttributes, xattrHelper, type Attribute } from './xattrs';

/** Test hooks: the names tried for the new file, and a moment just before it replaces the old one. */
export interface ReplaceHooks {
	readonly temporaryName?: (attempt: number) => string;
	readonly beforeReplace?: (target: string) => void;
}

/**
 * Writes `bytes` to a new file next to the old one and renames it over the old one, so that a crash leaves the old
 * file or the new one, never half of one. The new file is created exclusively (O_EXCL | O_NOFOLLOW) under a name
 * nobody can guess, so a symbolic link planted in the folder is never followed; it gets the old file's owner,
 * group, mode and extended attributes before the rename; and the rename happens only if the old file is still the
 * one that was read (same inode, times and bytes, in the same folder). Returns the refusal, or undefined when written.
 */
export function replaceFile(read: ReadFile, bytes: Buffer, attributes: readonly Attribute[], hooks: ReplaceHooks): FixOutcome | undefined {
	const folder = dirname(read.target);
	const folderBefore = lstatSync(folder, { bigint: true });
	const temporary = createTemporary(folder, read.target, hooks);
	if ('status' in temporary) return temporary;
	let replaced = false;
	try {
		writeAll(temporary.fd, bytes);
		const problem = giveMetadata(temporary.fd, read, attributes);
		if (problem) return problem;
		fsyncSync(temporary.fd);
		hooks.beforeReplace?.(read.target);
		if (!unchanged(read, folder, folderBefore)) return refused('changed', '');
		renameSync(temporary.path, read.target);
		replaced = true;
		syncFolder(folder);
		return undefined;
	} catch (error) {
		return refused('write-failed', codeOf(error));
	} finally {
		closeSync(temporary.fd);
		if (!replaced) removeQuietly(temporary.path);
	}
}

const attempts = 8;

/** A new, empty file in the folder, readable by its owner only until it gets the old file's mode. */
function createTemporary(folder: string, target: string, hooks: ReplaceHooks): { fd: number; path: string } | FixOutcome {
	const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
	let last = '';
	for (let attempt = 0; attempt < attempts; attempt++) {
		const name = hooks.temporaryName?.(attempt) ?? `.${basename(target).slice(0, 100)}.${randomBytes(12).toString('hex')}.etcd-config-lint`;
		const path = join(folder, name);
		try {
			return { fd: openSync(path, flags, 0o600), path };
		} catch (error) {
			last = codeOf(error);
			// Something is there already (a file, a planted link): try another name.
			if (last === 'EEXIST') continue;
			return refused(['EACCES', 'EPERM', 'EROFS'].includes(last) ? 'folder-not-writable' : 'write-failed', last);
		}
	}
	return refused('write-failed', `${last} ×${attempts}`);
}

function writeAll(fd: number, bytes: Buffer): void {
	for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, at);
}

/** Owner and group first (a change of owner clears the set-id bits), then the mode, then the extended attributes. */
function giveMetadata(fd: number, { stats }: ReadFile, attributes: readonly Attribute[]): FixOutcome | undefined {
	const uid = Number(stats.uid);
	const gid = Number(stats.gid);
	const now = fstatSync(fd);
	if (process.platform !== 'win32' && (now.uid !== uid || now.gid !== gid)) {
		try {
			fchownSync(fd, uid, gid);
		} catch (error) {
			return refused('owner', `${uid}:${gid}, ${codeOf(error)}`);
		}
	}
	try {
		fchmodSync(fd, Number(stats.mode) & 0o7777);
	} catch (error) {
		return refused('mode', codeOf(error));
	}
	const helper = xattrHelper().helper;
	if (!helper) return attributes.length > 0 ? refused('xattrs-unavailable', '') : undefined;
	try {
		const failed = giveAttributes(helper, fd, attributes);
		return failed ? refused('xattrs', `${failed.name}: ${failed.code}`) : undefined;
	} catch (error) {
		// A file system without extended attributes: fine when the old file had none either.
		const code = codeOf(error);
		return attributes.length === 0 && (code === 'ENOTSUP' || code === 'EOPNOTSUPP') ? undefined : refused('xattrs', code);
	}
}

/**
 * Whether the old file is still the one that was read: the name leads to the same inode in the same folder, its
 * size, times and link count are as they were (a change of its mode, owner or attributes moves its ctime too), and
 * its bytes are the same (times can be too coarse to see a quick write). Checked right before the rename; no lock
 * covers the instant between, which no portable interface offers.
 */
function unchanged(read: ReadFile, folder: string, folderBefore: BigIntStats): boolean {
	try {
		const folderNow = lstatSync(folder, { bigint: true });
		const named = lstatSync(read.target, { bigint: true });
		const now = fstatSync(read.fd, { bigint: true });
		const same = (a: BigIntStats, b: BigIntStats) => a.dev === b.dev && a.ino === b.ino;
		return same(folderNow, folderBefore) && realpathSync(folder) === folder
			&& same(named, read.stats) && now.size === read.stats.size && now.mtimeNs === read.stats.mtimeNs
			&& now.ctimeNs === read.stats.ctimeNs && now.nlink === read.stats.nlink
			&& readAll(read.fd, Number(now.size)).equals(read.bytes);
	} catch {
		return false;
	}
}

/** The rename itself reaches the disk with the folder's own sync (where the system lets a folder be synced). */
function syncFolder(folder: string): void {
	try {
		const fd = openSync(folder, constants.O_RDONLY);
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Not every system syncs folders (Windows); the file itself was synced before the rename.
	}
}

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Already gone; nothing else to undo.
	}
}
