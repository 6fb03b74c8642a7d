import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import AjvDraft4 from 'ajv-draft-04';
import { run } from '../../server/src/cli';
import { repoRoot } from '../fixtures';

const cli = join(repoRoot, 'dist', 'cli.js');
const examples = join(repoRoot, 'examples', 'pg-cluster');
const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-lint-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function lint(args: string[], env: NodeJS.ProcessEnv = {}) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, text: string): string {
	const path = join(scratch, name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
	return path;
}

const broken = 'ETCD_NAME="pg1"\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380, pg2=http://10.0.0.2:2380, pg3=http://10.0.0.3:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"\nETCD_INITIAL_CLUSTER_TOKEN="t-1"\n';

describe('etcd-config-lint', () => {
	it('lints the example cluster: exit 0, one line per finding with a code frame, a summary', () => {
		const { status, stdout, stderr } = lint([examples]);
		assert.equal(status, 0, stderr);
		assert.match(stdout, /pg-cluster\/pg1\/etcd:10:28 hint state-new /);
		assert.match(stdout, /\n {2}10 \| ETCD_INITIAL_CLUSTER_STATE="new"\n {34}\^~~~~\n/);
		// The three members and the Patroni file beside each (examples/pg-cluster/pg*/patroni.yml), all clean.
		assert.match(stdout, /6 files checked: 0 errors, 0 warnings, 0 information, 3 hints\n$/);
		assert.doesNotMatch(stdout, /\x1b\[/, 'no colours when stdout is not a terminal');
	});

	it('exits 1 on an error, 2 on usage and I/O errors with one line on stderr', () => {
		const file = scratchFile('exit/etcd', broken);
		assert.equal(lint([file]).status, 1);
		for (const args of [['--bogus', file], [join(scratch, 'missing')], ['--rule', 'nope', file], ['--rule', 'no-such-rule=off', file], ['--format', 'xml', file], []]) {
			const { status, stderr, stdout } = lint(args);
			assert.equal(status, 2, args.join(' '));
			assert.match(stderr, /^etcd-config-lint: .+\n$/, args.join(' '));
			assert.equal(stdout, '');
		}
	});

	it('lints a file given by name whatever its name, and skips node_modules and .git in directories', () => {
		const odd = scratchFile('names/whatever.txt', broken);
		scratchFile('names/node_modules/etcd', broken);
		scratchFile('names/.git/etcd', broken);
		scratchFile('names/hosts/pg1/etcd.conf', 'ETCD_NAME=a\n');
		scratchFile('names/README.md', 'ETCD_NAME=a\n');
		const json = JSON.parse(lint(['--format', 'json', join(scratch, 'names'), odd]).stdout);
		assert.deepEqual(json.files.map((f: { path: string }) => f.path.slice(scratch.length)), ['/names/hosts/pg1/etcd.conf', '/names/whatever.txt']);
	});

	it('prints JSON that matches its schema, 0-based, with every file', () => {
		const { status, stdout } = lint(['--format', 'json', examples, scratchFile('json/etcd', broken)]);
		assert.equal(status, 1);
		const output = JSON.parse(stdout);
		const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'lint-output.schema.json'), 'utf8'));
		const ajv = new Ajv({ allErrors: true });
		assert.equal(ajv.validate(schema, output), true, JSON.stringify(ajv.errors));
		assert.equal(output.files.length, 7);
		assert.equal(output.summary.files, 7);
		const blanks = output.files[6].diagnostics.find((d: { rule: string }) => d.rule === 'member-name-blanks');
		assert.deepEqual(blanks.range, { start: { line: 1, character: 47 }, end: { line: 1, character: 51 } });
	});

	it('prints SARIF 2.1.0 that the official schema accepts', () => {
		const { stdout } = lint(['--format', 'sarif', examples, scratchFile('sarif/etcd', broken)]);
		const sarif = JSON.parse(stdout);
		const schema = JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
		// The official schema has a pattern that is not valid in Unicode mode.
		const ajv = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
		assert.equal(ajv.validate(schema, sarif), true, JSON.stringify(ajv.errors?.slice(0, 3)));
		const [sarifRun] = sarif.runs;
		assert.ok(sarifRun.tool.driver.rules.some((r: { id: string; helpUri: string }) => r.id === 'member-name-blanks' && r.helpUri.endsWith('docs/rules.md#member-name-blanks')));
		assert.ok(sarifRun.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'member-name-blanks' && r.level === 'error'));
	});

	it('--quiet keeps errors only; --rule and --config change severities; --max-warnings counts', () => {
		// Without ETCD_NAME the member is called default: the list holds it, so nothing but the token and state is said.
		const file = scratchFile('options/etcd', 'ETCD_INITIAL_CLUSTER="default=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380,pg3=http://10.0.0.3:2380"\nETCD_INITIAL_CLUSTER_STATE=new\n');
		const summary = (args: string[]) => JSON.parse(lint(['--format', 'json', ...args, file]).stdout).summary;
		assert.deepEqual(summary([]), { files: 1, errors: 0, warnings: 1, information: 0, hints: 1 });
		assert.deepEqual(summary(['--quiet']), { files: 1, errors: 0, warnings: 0, information: 0, hints: 0 });
		assert.deepEqual(summary(['--rule', 'state-new=off', '--rule', 'cluster-token=error']), { files: 1, errors: 1, warnings: 0, information: 0, hints: 0 });
		const config = scratchFile('options/lint.json', JSON.stringify({ rules: { 'cluster-token': 'hint' } }));
		assert.deepEqual(summary(['--config', config]), { files: 1, errors: 0, warnings: 0, information: 0, hints: 2 });
		assert.equal(lint(['--max-warnings', '0', file]).status, 1);
		assert.equal(lint(['--max-warnings', '1', file]).status, 0);
		assert.equal(lint(['--config', scratchFile('options/bad.json', '{ nope')]).status, 2);
	});

	it('--etcd-version picks the version', () => {
		const file = scratchFile('version/etcd', 'ETCD_INITIAL_CLUSTER="default=http://10.0.0.1:2380"\nETCD_DISCOVERY_ENDPOINTS="http://10.0.0.9:2379"\n');
		assert.equal(lint(['--etcd-version', '3.5', file]).status, 0);
		assert.equal(lint(['--etcd-version', '3.6', file]).status, 1);
	});

	it('--etcd-version takes a patch release, up to the newest the facts know', () => {
		// 3.4.23 merges no repeated peer URL (3.4.28 does): the same file is refused by the one, started by the other.
		const file = scratchFile('patch/etcd', 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,http://10.0.0.1:2380"\n');
		assert.equal(lint(['--etcd-version', '3.4.23', file]).status, 1);
		assert.equal(lint(['--etcd-version', '3.4.28', file]).status, 0);
		const refused = lint(['--etcd-version', '3.4.46', file]);
		assert.equal(refused.status, 2);
		assert.match(refused.stderr, /3\.4\.45/);
	});

	it('--fix applies the safe fixes in place and changes nothing else', () => {
		const file = scratchFile('fix/etcd', '# pg1\r\n' + broken.replace(/\n/g, '\r\n'));
		const { status } = lint(['--fix', file]);
		assert.equal(status, 0);
		assert.equal(readFileSync(file, 'utf8'), '# pg1\r\n' + broken.replace(/, /g, ',').replace(/\n/g, '\r\n'));
		assert.equal(lint([file]).status, 0);
	});

	it('colours only when asked (a terminal without NO_COLOR)', () => {
		const file = scratchFile('colour/etcd', broken);
		let out = '';
		const io = { stdout: (t: string) => { out += t; }, stderr: () => undefined };
		assert.equal(run([file], { ...io, colour: true }), 1);
		assert.match(out, /\x1b\[31merror\x1b\[0m/);
		out = '';
		run([file], { ...io, colour: false });
		assert.doesNotMatch(out, /\x1b\[/);
	});

	it('answers --version and --help', () => {
		assert.match(lint(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
		const help = lint(['--help']);
		assert.equal(help.status, 0);
		assert.match(help.stdout, /Usage: etcd-config-lint/);
	});

	it('copies the bundled examples unchanged (lint never writes without --fix)', () => {
		const copy = join(scratch, 'copy');
		cpSync(examples, copy, { recursive: true });
		lint([copy]);
		assert.equal(readFileSync(join(copy, 'pg1', 'etcd'), 'utf8'), readFileSync(join(examples, 'pg1', 'etcd'), 'utf8'));
	});

	it('--fix repairs the broken example\'s pg1 completely, changing only what the fixes mean to change', () => {
		const copy = join(scratch, 'broken');
		cpSync(join(repoRoot, 'examples', 'broken'), copy, { recursive: true });
		const file = join(copy, 'pg1', 'etcd');
		const before = readFileSync(file, 'utf8');
		assert.equal(lint(['--fix', file]).status, 0);
		const expected = before
			.replace('ETCD_NAME = "pg1"', 'ETCD_NAME="pg1"')
			.replace('ETCD_DATA_DIR="/var/lib/etcd"\n', '')
			.replace(/, pg/g, ',pg');
		assert.equal(readFileSync(file, 'utf8'), expected);
		const after = JSON.parse(lint(['--format', 'json', file]).stdout).summary;
		assert.deepEqual(after, { files: 1, errors: 0, warnings: 0, information: 0, hints: 1 });
	});

	it('shows on the broken example what it catches across the three files', () => {
		const { status, stdout } = lint(['--format', 'json', join(repoRoot, 'examples', 'broken')]);
		assert.equal(status, 1);
		const rules = new Set(JSON.parse(stdout).files.flatMap((f: { diagnostics: { rule: string }[] }) => f.diagnostics.map(d => d.rule)));
		for (const rule of ['member-name-blanks', 'cluster-token-mismatch', 'advertise-peer-mismatch', 'listen-host-name', 'shell-difference', 'duplicate-key']) {
			assert.ok(rules.has(rule), `${rule} among ${[...rules].join(', ')}`);
		}
	});
});

describe('etcd-config-lint --language', () => {
	const mismatch = 'ETCD_NAME="pg3"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.3:2380"\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg3=http://10.0.0.4:2380"\n';

	it('reports in Russian with --language ru and in English without it', () => {
		const file = scratchFile('language/etcd', mismatch);
		assert.match(lint(['--language', 'ru', file]).stdout, /pg3 объявляет http:\/\/10\.0\.0\.3:2380, но в ETCD_INITIAL_CLUSTER узел pg3 указан с адресом http:\/\/10\.0\.0\.4:2380\./);
		assert.match(lint([file]).stdout, /pg3 advertises http:\/\/10\.0\.0\.3:2380, but ETCD_INITIAL_CLUSTER lists pg3 at http:\/\/10\.0\.0\.4:2380\./);
	});

	it('refuses a language it does not speak', () => {
		const result = lint(['--language', 'de', scratchFile('language-de/etcd', mismatch)]);
		assert.equal(result.status, 2);
		assert.match(result.stderr, /--language takes one of en, ru/);
	});

	/** The CLI in-process: exit status, stdout and stderr. */
	function runIn(args: string[]) {
		let stdout = '';
		let stderr = '';
		const status = run(args, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; }, colour: false });
		return { status, stdout, stderr };
	}

	it('prints the summary line, the help and usage and I/O errors in Russian with --language ru', () => {
		const file = scratchFile('language-summary/etcd', mismatch);
		assert.match(runIn(['--language', 'ru', file]).stdout, /\nПроверено файлов: 1; ошибок: 1, предупреждений: \d+, сведений: \d+, подсказок: \d+\n$/);
		assert.match(runIn([file]).stdout, /\n1 file checked: 1 error, \d+ warnings?, \d+ information, \d+ hints?\n$/);
		assert.match(runIn(['--help', '--language=ru']).stdout, /^Использование: etcd-config-lint \[параметры\]/);
		// The error comes before --language is read, and is still in Russian.
		assert.deepEqual(runIn(['--format', 'xml', '--language', 'ru', file]), { status: 2, stdout: '', stderr: 'etcd-config-lint: --format принимает одно из значений text, json, sarif, а не «xml»\n' });
		assert.equal(runIn(['--language', 'ru', join(scratch, 'nowhere')]).stderr, `etcd-config-lint: не удаётся прочитать ${join(scratch, 'nowhere')}: нет такого файла или каталога\n`);
		assert.equal(runIn(['--language', 'ru']).stderr, 'etcd-config-lint: не указаны файлы или каталоги (см. --help)\n');
		assert.equal(runIn(['--language', 'de']).stderr, 'etcd-config-lint: --language takes one of en, ru, not \'de\'\n');
	});
});
