import { validate } from '../../server/src/engine/validate/validate';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { hover } from '../../server/src/engine/features/hover';
import { documentSymbols } from '../../server/src/engine/features/symbols';
import { repoRoot } from '../fixtures';
import { contextOf } from '../engineContext';

const cli = join(repoRoot, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-secrets-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Every password below: none may appear in any output. */
const secrets = ['hunter2-env', 'hunter2-flag', 'pw-of-user', 'pw-in-flag-user', 'url-secret-1', 'url-secret-2', 'url-secret-3', 'url-secret-4', 'yaml-secret', 'yaml-url-secret'];

/** Each password where it draws findings: blanks, a duplicate, a flag beside its variable, quotes, bad URLs. */
const envFile = [
	'ETCD_DISCOVERY_PASSWORD = "hunter2-env"',
	'ETCD_DISCOVERY_PASSWORD="hunter2-env" # again',
	'DAEMON_ARGS="--discovery-password hunter2-flag --discovery-user bob:pw-in-flag-user"',
	'ETCD_DISCOVERY_USER=alice:pw-of-user',
	'ETCD_DISCOVERY_ENDPOINTS=https://admin:url-secret-1@10.0.0.9:2379, https://x:url-secret-2@[::1',
	'ETCD_DISCOVERY=https://u:url-secret-3@discovery.etcd.io/abc',
	'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380"',
	// An error that quotes the URL: what --quiet still prints.
	'ETCD_LISTEN_PEER_URLS=ftp://u:url-secret-4@10.0.0.1:2380',
	'',
].join('\n');
const yamlFile = [
	'discovery-config:',
	'  client:',
	'    auth:',
	'      password: yes',
	'      Password: yaml-secret',
	'      username: alice',
	'discovery-endpoints: https://admin:yaml-url-secret@10.0.0.9:2379',
	'discovery-endpoints: http://[::1',
	'',
].join('\n');

function write(name: string, text: string): string {
	const path = join(scratch, name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
	return path;
}

function leaked(text: string): string[] {
	return secrets.filter(secret => text.includes(secret));
}

describe('passwords never leave', () => {
	const env = write('env/etcd', envFile);
	const yaml = write('yaml/etcd.conf.yml', yamlFile);

	for (const format of ['text', 'json', 'sarif']) {
		for (const extra of [[], ['--quiet'], ['--fix']]) {
			it(`--format ${format} ${extra.join(' ')}: no password in stdout or stderr`, () => {
				const result = spawnSync(process.execPath, [cli, '--etcd-version', '3.6', '--format', format, ...extra, env, yaml], { encoding: 'utf8' });
				assert.ok(result.stdout.length > 200, result.stderr);
				assert.deepEqual(leaked(result.stdout + result.stderr), []);
				if (extra.length === 0) assert.match(result.stdout, /\*\*\*\*/);
				writeFileSync(env, envFile);
				writeFileSync(yaml, yamlFile);
			});
		}
	}

	it('the engine shows none in messages, related places, fix titles, hovers or the outline', () => {
		const settings = { version: '3.6' as const };
		for (const [uri, text] of [['file:///s/etcd', envFile], ['file:///s/etcd.conf.yml', yamlFile]]) {
			const doc = parseDocument(uri, text);
			const ctx = contextOf(doc, settings);
			const shown: string[] = [JSON.stringify(validate(doc, ctx)), JSON.stringify(documentSymbols(doc, ctx))];
			const lines = text.split('\n');
			shown.push(JSON.stringify(codeActions(doc, { range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } }, ctx).map(a => a.title)));
			lines.forEach((line, i) => { for (let c = 0; c < line.length; c++) shown.push(JSON.stringify(hover(doc, { line: i, character: c }, ctx))); });
			assert.deepEqual(leaked(shown.join('\n')), [], uri);
		}
	});
});

describe('control characters from files', () => {
	it('are escaped in text output: no escape sequence reaches the terminal raw', () => {
		const file = write('controls/etcd', 'ETCD_NAME = "pg\x1b[2J\x1b]0;owned\x07\u202e1"\nETCD_DATA_DIR = /var/lib/\x9betcd\n');
		const result = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
		assert.doesNotMatch(result.stdout, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
		assert.match(result.stdout, /ETCD_NAME = "pg\\x1b\[2J\\x1b\]0;owned\\x07\\u202e1"/);
		assert.match(result.stdout, /\/var\/lib\/\\x9betcd/);
	});
});
