import { accessSync, closeSync, constants, type BigIntStats } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, encodeText } from './bytes';
import { codeOf, refused, type FixOutcome } from './fixOutcome';
import { NotRegular, readFile, type ReadFile } from './readFile';
import { replaceFile, type ReplaceHooks } from './replaceFile';
import { readAttributes, xattrHelper, type Attribute } from './xattrs';

export interface FixedFile {
	readonly outcome: FixOutcome;
	/** The text to lint: as written, or as it is when nothing was written; undefined when it could not be read. */
	readonly text?: string;
}

export type FixHooks = ReplaceHooks;

/**
 * Applies `fix` to the file at `path` and writes the result only when every guarantee holds: the bytes outside the
 * fixes stay (whatever the encoding), a symbolic link stays and its target is fixed, a file with several hard
 * links is left alone, a read-only file is left alone, the new file gets the old one's mode, owner, group and
 * extended attributes before it takes the old one's place, and a file that changed since it was read is not
 * overwritten. Otherwise nothing is written and the outcome says why. Never throws for one file's trouble.
 */
export function fixFile(path: string, fix: (text: string) => string, hooks: FixHooks = {}): FixedFile {
	let read: ReadFile;
	try {
		read = readFile(path);
	} catch (error) {
		return { outcome: refused(error instanceof NotRegular ? 'not-regular' : 'unreadable', codeOf(error)) };
	}
	try {
		const decoded = decodeBytes(read.bytes);
		const fixed = fix(decoded.text);
		if (fixed === decoded.text) return { outcome: { status: 'unchanged' }, text: decoded.text };
		const kept = (outcome: FixOutcome): FixedFile => ({ outcome, text: outcome.status === 'written' ? fixed : decoded.text });
		const bytes = encodeText(fixed, decoded.escaped);
		if (!bytes) return kept(refused('encoding', ''));
		const obstacle = obstacleOf(read);
		if (obstacle) return kept(obstacle);
		const attributes = attributesOf(read.fd);
		if (!Array.isArray(attributes)) return kept(attributes);
		return kept(replaceFile(read, bytes, attributes, hooks) ?? { status: 'written', target: resolve(path) === read.target ? undefined : read.target });
	} finally {
		closeSync(read.fd);
	}
}

/** What forbids replacing the file whatever its folder allows: hard links, or no permission to write it. */
function obstacleOf({ target, stats }: ReadFile): FixOutcome | undefined {
	if (stats.nlink > 1n) return refused('hard-links', String(stats.nlink));
	return writable(target, stats) ? undefined : refused('read-only', (Number(stats.mode) & 0o777).toString(8).padStart(4, '0'));
}

/**
 * Whether the caller may write the file. The kernel's answer for most callers; root may write anything, so for
 * root a file that nobody may write (0444, 0400) counts as read-only on purpose and is left alone.
 */
function writable(target: string, stats: BigIntStats): boolean {
	if (process.getuid?.() === 0) return (Number(stats.mode) & 0o222) !== 0;
	try {
		accessSync(target, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * The file's extended attributes, or the refusal when they cannot be known: without the helper, or when reading
 * them fails. A file system without extended attributes has none to lose.
 */
function attributesOf(fd: number): Attribute[] | FixOutcome {
	if (process.platform === 'win32') return [];
	const xattrs = xattrHelper();
	if (!xattrs.helper) return refused('xattrs-unavailable', xattrs.missing);
	try {
		return readAttributes(xattrs.helper, fd);
	} catch (error) {
		const code = codeOf(error);
		return code === 'ENOTSUP' || code === 'EOPNOTSUPP' ? [] : refused('xattrs', code);
	}
}
