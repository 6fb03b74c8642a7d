import assert from 'node:assert/strict';
import { chmodSync, chownSync, closeSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../../server/src/cli';
import type { FixHooks } from '../../server/src/cli/fixFile';
import { pretendXattrHelper, xattrHelper, type XattrHelper } from '../../server/src/cli/xattrs';

/*
 * --fix as a hostile folder and a careless operator would try it. CI runs these as root, which is what makes them
 * bite: root may chown, set trusted.* attributes and write 0444 files, so each guarantee must come from --fix
 * itself, not from the permissions of the test.
 */

const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-fix-'));
const opened: number[] = [];
after(() => {
	for (const fd of opened) closeSync(fd);
	rmSync(scratch, { recursive: true, force: true });
});
const asRoot = process.getuid?.() === 0;
const helper = () => xattrHelper().helper!;

/** A blank around `=` on the first line: --fix removes it, the rest of the file stays byte for byte. */
const fixable = 'ETCD_NAME = pg1\n';
const fixedText = 'ETCD_NAME=pg1\n';

function file(name: string, content: string | Buffer): string {
	const path = join(scratch, name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, content);
	return path;
}

function fix(paths: string[], hooks?: FixHooks, format = 'text') {
	let stdout = '';
	let stderr = '';
	const status = run(['--fix', '--format', format, ...paths], { stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, colour: false, fixHooks: hooks });
	return { status, stdout, stderr };
}

describe('--fix in a hostile folder', () => {
	it('never follows a symbolic link planted where its new file goes, whatever name it is given', () => {
		const victim = file('plant/victim', 'untouched\n');
		const target = file('plant/etcd', fixable);
		const planted = (attempt: number) => {
			const name = `planted-${attempt}`;
			symlinkSync(victim, join(scratch, 'plant', name));
			return name;
		};
		// The first three names tried lead to links; the fourth is free.
		const result = fix([target], { temporaryName: attempt => attempt < 3 ? planted(attempt) : `free-${attempt}` });
		assert.equal(result.status, 0, result.stderr);
		assert.equal(readFileSync(target, 'utf8'), fixedText);
		assert.equal(readFileSync(victim, 'utf8'), 'untouched\n');
		assert.equal(statSync(victim).mode & 0o777, 0o644);
		// Every name a link: the file is left as it was, and so is the victim.
		const again = file('plant2/etcd', fixable);
		const always = fix([again], { temporaryName: attempt => { symlinkSync(victim, join(scratch, 'plant2', `l${attempt}`)); return `l${attempt}`; } });
		assert.equal(always.status, 2);
		assert.match(always.stderr, /not fixed .*plant2\/etcd: writing the new file failed \(EEXIST ×8\)/);
		assert.equal(readFileSync(again, 'utf8'), fixable);
		assert.equal(readFileSync(victim, 'utf8'), 'untouched\n');
	});

	it('leaves no temporary file behind, and names it unguessably when nobody interferes', () => {
		const path = file('names/etcd', fixable);
		assert.equal(fix([path]).status, 0);
		assert.deepEqual(readdirSync(join(scratch, 'names')), ['etcd']);
	});

	it('does not overwrite a change made while it fixed the file, says so, and fixes the other files', () => {
		const changed = file('race/a/etcd', fixable);
		const other = file('race/b/etcd', fixable);
		const hooks: FixHooks = { beforeReplace: target => { if (target === changed) writeFileSync(changed, 'ETCD_NAME = someone-else\n'); } };
		const result = fix([changed, other], hooks);
		assert.equal(result.status, 2);
		assert.equal(readFileSync(changed, 'utf8'), 'ETCD_NAME = someone-else\n');
		assert.equal(readFileSync(other, 'utf8'), fixedText);
		assert.match(result.stderr, /not fixed .*race\/a\/etcd: it changed while it was being fixed/);
		assert.match(result.stdout, /fixed .*race\/b\/etcd\n/);
	});

	it('also notices a change of the file\'s owner, mode or attributes (they were copied to the new file already)', () => {
		const path = file('race-mode/etcd', fixable);
		const result = fix([path], { beforeReplace: () => chmodSync(path, 0o600) });
		assert.equal(result.status, 2);
		assert.equal(readFileSync(path, 'utf8'), fixable);
		assert.equal(statSync(path).mode & 0o777, 0o600);
	});

	it('keeps owner, group, mode and extended attributes of a file owned by another user (as root)', { skip: !asRoot && 'needs root' }, () => {
		const path = file('owned/etcd', fixable);
		chownSync(path, 65534, 65534);
		chmodSync(path, 0o640);
		const attributes = ['user.origin', 'trusted.etcd', 'security.etcd'];
		const fd = openForAttributes(path);
		for (const name of attributes) helper().set(fd, name, Buffer.from(`value of ${name}`));
		const before = statSync(path);
		const result = fix([path]);
		assert.equal(result.status, 0, result.stderr);
		const now = statSync(path);
		assert.notEqual(now.ino, before.ino, 'a new file took its place');
		assert.deepEqual([now.uid, now.gid, now.mode & 0o7777], [65534, 65534, 0o640]);
		assert.equal(readFileSync(path, 'utf8'), fixedText);
		const fdAfter = openForAttributes(path);
		assert.deepEqual(helper().list(fdAfter).sort(), [...attributes].sort());
		for (const name of attributes) assert.equal(helper().get(fdAfter, name).toString(), `value of ${name}`);
	});

	it('does not write a file whose attributes it cannot copy: the helper missing, or one attribute refused', () => {
		const path = file('xattr/etcd', fixable);
		pretendXattrHelper({ missing: 'etcd_xattr.node was not built' });
		try {
			const result = fix([path]);
			assert.equal(result.status, 2);
			assert.match(result.stderr, /its extended attributes cannot be copied to the new file: the helper is missing \(etcd_xattr.node was not built\)/);
			assert.equal(readFileSync(path, 'utf8'), fixable);
		} finally {
			pretendXattrHelper(undefined);
		}
		const real = helper();
		helper().set(openForAttributes(path), 'user.kept', Buffer.from('x'));
		const refusing: XattrHelper = { ...real, set: (fd, name, value) => { if (name === 'user.kept') throw Object.assign(new Error('no'), { code: 'EPERM' }); real.set(fd, name, value); } };
		pretendXattrHelper({ helper: refusing });
		try {
			const result = fix([path]);
			assert.equal(result.status, 2);
			assert.match(result.stderr, /an extended attribute cannot be kept \(user.kept: EPERM\)/);
			assert.equal(readFileSync(path, 'utf8'), fixable);
			assert.deepEqual(readdirSync(join(scratch, 'xattr')), ['etcd']);
		} finally {
			pretendXattrHelper(undefined);
		}
	});

	it('leaves a read-only file (0444) as it is, even as root, and goes on with the other files', () => {
		const locked = file('ro/a/etcd', fixable);
		chmodSync(locked, 0o444);
		const other = file('ro/b/etcd', fixable);
		const result = fix([locked, other]);
		assert.equal(result.status, 2);
		assert.equal(readFileSync(locked, 'utf8'), fixable);
		assert.equal(readFileSync(other, 'utf8'), fixedText);
		assert.match(result.stderr, /not fixed .*ro\/a\/etcd: it is read-only \(mode 0444\)/);
	});

	it('fixes the target of a symbolic link and keeps the link; keeps a hard-linked file one file (by not replacing it)', () => {
		const target = file('links/real.conf', fixable);
		const link = join(scratch, 'links', 'etcd');
		symlinkSync('real.conf', link);
		const hard = file('links/hard/etcd', fixable);
		linkSync(hard, join(scratch, 'links', 'hard', 'second-name'));
		const result = fix([link, hard]);
		assert.equal(result.status, 2);
		assert.ok(lstatSync(link).isSymbolicLink());
		assert.equal(readFileSync(target, 'utf8'), fixedText);
		assert.match(result.stdout, /fixed .*links\/etcd → .*links\/real\.conf \(the link stays\)/);
		assert.equal(statSync(hard).ino, statSync(join(scratch, 'links', 'hard', 'second-name')).ino);
		assert.equal(statSync(hard).nlink, 2);
		assert.equal(readFileSync(hard, 'utf8'), fixable);
		assert.match(result.stderr, /not fixed .*hard\/etcd: it has 2 hard links/);
	});

	it('changes only the fixed bytes of a Latin-1 file', () => {
		const latin1 = Buffer.concat([Buffer.from('# K'), Buffer.from([0xf6]), Buffer.from('ln, Stra'), Buffer.from([0xdf]), Buffer.from('e\nETCD_NAME = pg1\n# Gr'), Buffer.from([0xfc, 0xdf, 0x65]), Buffer.from('\n')]);
		const path = file('latin1/etcd', latin1);
		assert.equal(fix([path]).status, 0);
		assert.deepEqual(readFileSync(path), Buffer.from(latin1.toString('latin1').replace('ETCD_NAME = pg1', 'ETCD_NAME=pg1'), 'latin1'));
	});

	it('keeps CRLF on every line of a file with backslash continuations, and its byte-order mark', () => {
		const text = '\uFEFF# pg1\r\nETCD_WAL_DIR=/srv/etcd wal\\\r\nETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380,\\\r\nETCD_NAME = pg1\r\nETCD_LISTEN_PEER_URLS=http://LOCALHOST:2380\\\r\n';
		const path = file('crlf/etcd', text);
		fix([path]);
		assert.equal(readFileSync(path, 'utf8'), '\uFEFF# pg1\r\nETCD_WAL_DIR="/srv/etcd wal"\\\r\nETCD_INITIAL_CLUSTER=pg1=http://10.0.0.1:2380,\\\r\nETCD_NAME=pg1\r\nETCD_LISTEN_PEER_URLS=http://localhost:2380\\\r\n');
	});
});

/** An open descriptor of the file for the helper (closed after the tests): read-only suffices for fsetxattr. */
function openForAttributes(path: string): number {
	const fd = openSync(path, 'r');
	opened.push(fd);
	return fd;
}
