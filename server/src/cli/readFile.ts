import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type BigIntStats } from 'node:fs';

/** A file as --fix read it: where it really is, still open, how it was, and its bytes. */
export interface ReadFile {
	readonly target: string;
	readonly fd: number;
	readonly stats: BigIntStats;
	readonly bytes: Buffer;
}

export class NotRegular extends Error {}

/**
 * Opens the file a path leads to (through any symbolic links on the way: the link stays, its target is what is
 * fixed) without following a link at the last step, and reads it all. The caller closes `fd`.
 */
export function readFile(path: string): ReadFile {
	const target = realpathSync(path);
	// Non-blocking: a FIFO in a config's place must not hang the run.
	const fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
	try {
		const stats = fstatSync(fd, { bigint: true });
		if (!stats.isFile()) throw new NotRegular(`${target} is not a regular file`);
		return { target, fd, stats, bytes: readAll(fd, Number(stats.size)) };
	} catch (error) {
		closeSync(fd);
		throw error;
	}
}

/** Every byte from the start of the open file, however its size changes while it is read. */
export function readAll(fd: number, sizeHint: number): Buffer {
	const chunks: Buffer[] = [];
	let position = 0;
	for (let chunk = Buffer.alloc(Math.max(sizeHint + 1, 4096)); ; chunk = Buffer.alloc(65536)) {
		const count = readSync(fd, chunk, 0, chunk.length, position);
		if (count === 0) break;
		chunks.push(chunk.subarray(0, count));
		position += count;
	}
	return Buffer.concat(chunks);
}
