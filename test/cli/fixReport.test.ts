import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import AjvDraft4 from 'ajv-draft-04';
import { repoRoot } from '../fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-report-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const asRoot = process.getuid?.() === 0;
const fixable = 'ETCD_NAME = pg1\n';

/** The packaged CLI in a folder every user may read (the checkout may not be), with its extended-attribute helper. */
const dist = join(scratch, 'dist');
cpSync(join(repoRoot, 'dist'), dist, { recursive: true, filter: source => !source.endsWith('.cache') });
chmodSync(scratch, 0o755);

/** Runs dist/cli.js; as root, `asNobody` runs it as the user nobody, for whom permissions hold. */
function lint(args: string[], asNobody = false) {
	const command = asNobody && asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath] : [process.execPath];
	const result = spawnSync(command[0], [...command.slice(1), join(dist, 'cli.js'), ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content = fixable): string {
	const path = join(scratch, name);
	mkdirSync(join(path, '..'), { recursive: true, mode: 0o755 });
	writeFileSync(path, content);
	return path;
}

describe('etcd-config-lint --fix reports every file it wrote and every one it left', () => {
	it('lists them in text, JSON (valid against its schema) and SARIF (valid SARIF 2.1.0)', () => {
		const written = file('formats/a/etcd');
		const locked = file('formats/b/etcd');
		chmodSync(locked, 0o444);
		const text = lint(['--fix', written, locked]);
		assert.equal(text.status, 2);
		assert.match(text.stdout, new RegExp(`\\nfixed ${written}\\nnot fixed ${locked}: it is read-only \\(mode 0444\\); give it write permission to let --fix change it\\n2 files checked`));
		assert.equal(text.stderr, `etcd-config-lint: not fixed ${locked}: it is read-only (mode 0444); give it write permission to let --fix change it\n`);

		writeFileSync(written, fixable);
		const json = JSON.parse(lint(['--fix', '--format', 'json', written, locked]).stdout);
		const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'lint-output.schema.json'), 'utf8'));
		const ajv = new Ajv({ allErrors: true });
		assert.equal(ajv.validate(schema, json), true, JSON.stringify(ajv.errors));
		assert.deepEqual(json.files.map((f: { fix: unknown }) => f.fix), [{ status: 'written' }, { status: 'refused', reason: 'read-only', message: 'it is read-only (mode 0444); give it write permission to let --fix change it' }]);
		assert.deepEqual([json.summary.written, json.summary.refused], [1, 1]);

		writeFileSync(written, fixable);
		const sarif = JSON.parse(lint(['--fix', '--format', 'sarif', written, locked]).stdout);
		const sarifSchema = JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
		const draft4 = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
		assert.equal(draft4.validate(sarifSchema, sarif), true, JSON.stringify(draft4.errors?.slice(0, 3)));
		const [sarifRun] = sarif.runs;
		assert.deepEqual(sarifRun.artifacts[0].roles, ['analysisTarget', 'modified']);
		assert.equal(sarifRun.invocations[0].executionSuccessful, false);
		assert.deepEqual(sarifRun.invocations[0].toolExecutionNotifications.map((n: { level: string }) => n.level), ['note', 'error']);
	});

	it('without --fix says nothing of fixing', () => {
		const path = file('nofix/etcd');
		const json = JSON.parse(lint(['--format', 'json', path]).stdout);
		assert.equal(json.files[0].fix, undefined);
		assert.equal(json.summary.written, undefined);
		assert.equal(readFileSync(path, 'utf8'), fixable);
	});

	it('reports a folder where no new file can be created, and fixes the files of other folders', { skip: process.platform === 'win32' }, () => {
		// The file belongs to nobody, its folder to root (0755): nobody may write the file but not add one beside it.
		const stuck = file('folders/locked/etcd');
		const free = file('folders/open/etcd');
		chmodSync(join(scratch, 'folders', 'open'), 0o777);
		if (asRoot) for (const path of [stuck, free]) chownSync(path, 65534, 65534);
		else chmodSync(join(scratch, 'folders', 'locked'), 0o555);
		const result = lint(['--fix', stuck, free], true);
		assert.equal(result.status, 2, result.stderr);
		assert.match(result.stderr, /not fixed .*locked\/etcd: no new file can be created in its folder \(EACCES\)/);
		assert.equal(readFileSync(stuck, 'utf8'), fixable);
		assert.equal(readFileSync(free, 'utf8'), 'ETCD_NAME=pg1\n');
	});

	it('reports an owner it may not give the new file, and leaves the file as it was', { skip: !asRoot && 'needs root to make a file nobody may write but not own' }, () => {
		// nobody may write the file (group root, 0666) in its own folder, but cannot give a new file the owner root.
		const path = file('owner/etcd');
		chmodSync(path, 0o666);
		chownSync(join(scratch, 'owner'), 65534, 65534);
		const result = lint(['--fix', path], true);
		assert.equal(result.status, 2);
		assert.match(result.stderr, /not fixed .*owner\/etcd: the new file cannot get the owner and group of the old one \(0:0, EPERM\)/);
		assert.equal(readFileSync(path, 'utf8'), fixable);
	});
});
