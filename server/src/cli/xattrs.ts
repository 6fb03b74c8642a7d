import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Extended attributes through our own N-API helper (native/xattr.c, built at npm ci by scripts/buildAddon.mjs):
 * Node has no API for them, and --fix must give the new file every attribute of the old one. No child process.
 */
export interface XattrHelper {
	list(fd: number): string[];
	get(fd: number, name: string): Buffer;
	set(fd: number, name: string, value: Buffer): void;
	remove(fd: number, name: string): void;
}

export type Xattrs = { readonly helper: XattrHelper } | { readonly helper?: undefined; readonly missing: string };

const fileName = 'etcd_xattr.node';
let loaded: Xattrs | undefined;

/**
 * The helper, or why there is none. Looked for next to this code (dist/ of the package, where esbuild.mjs puts
 * it), then in build/Release/ of the checkout this code runs from (the compiled tests in out/).
 */
export function xattrHelper(): Xattrs {
	if (loaded) return loaded;
	if (process.platform === 'win32') return loaded = { missing: 'not on Windows' };
	const places = [join(__dirname, fileName)];
	for (let dir = __dirname, up = 0; up < 6; dir = dirname(dir), up++) places.push(join(dir, 'build', 'Release', fileName));
	const found = places.find(path => existsSync(path));
	if (!found) return loaded = { missing: `${fileName} was not built (npm ci builds it with node-gyp)` };
	try {
		// What require does for a .node file, with a path known only at run time (nothing for a bundler to follow).
		const addon = { exports: {} };
		process.dlopen(addon, found);
		return loaded = { helper: addon.exports as XattrHelper };
	} catch (error) {
		return loaded = { missing: `${found} does not load: ${error instanceof Error ? error.message : String(error)}` };
	}
}

/** For tests: acts as if the helper were missing (or finds it again with undefined). */
export function pretendXattrHelper(value: Xattrs | undefined): void {
	loaded = value;
}

export interface Attribute {
	readonly name: string;
	readonly value: Buffer;
}

/** Every attribute of an open file this process can see. Throws (with the helper's errno code) when it cannot. */
export function readAttributes(helper: XattrHelper, fd: number): Attribute[] {
	return helper.list(fd).map(name => ({ name, value: helper.get(fd, name) }));
}

/**
 * Gives the file exactly these attributes: sets each, then removes any it has beyond them (a folder's default ACL
 * gives a new file one the original may not have had). Returns the name that failed and why, or undefined.
 */
export function giveAttributes(helper: XattrHelper, fd: number, attributes: readonly Attribute[]): { name: string; code: string } | undefined {
	const wanted = new Set(attributes.map(a => a.name));
	for (const { name, value } of attributes) {
		const failed = attempt(() => helper.set(fd, name, value));
		if (failed) return { name, code: failed };
	}
	for (const name of helper.list(fd).filter(name => !wanted.has(name))) {
		const failed = attempt(() => helper.remove(fd, name));
		if (failed) return { name, code: failed };
	}
	return undefined;
}

function attempt(action: () => void): string | undefined {
	try {
		action();
		return undefined;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code ?? String(error);
	}
}
