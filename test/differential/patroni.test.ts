import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { parsePatroni } from '../../server/src/engine/parse/parsePatroni';
import { findPatroniProblems, patroniContext } from '../../server/src/engine/validate/validatePatroni';
import { etcdAvailable } from './etcdRunner';

/*
 * The facts the Patroni rules stand on, asked of the real etcd 3.4.23: started from a YAML config file without
 * enable-grpc-gateway it answers no `/v3/kv/range` (Patroni's etcd3 client's first key request, v4.1.4:
 * patroni/dcs/etcd3.py:310-312) while with it it does; its v2 API is off by default; its peer port serves no client
 * API. The rules must say the same of the same files. Loopback 127.0.6.x, ports 36000–36999, as this suite's own.
 */

const available = etcdAvailable();

function memberYaml(client: number, peer: number, gateway: boolean): string {
	return [
		'name: m1',
		`listen-client-urls: http://127.0.6.1:${client}`,
		`advertise-client-urls: http://127.0.6.1:${client}`,
		`listen-peer-urls: http://127.0.6.1:${peer}`,
		`initial-advertise-peer-urls: http://127.0.6.1:${peer}`,
		`initial-cluster: m1=http://127.0.6.1:${peer}`,
		...(gateway ? ['enable-grpc-gateway: true'] : []),
		'',
	].join('\n');
}

async function startMember(yaml: string): Promise<{ stop(): Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'etcd-patroni-'));
	writeFileSync(join(dir, 'etcd.conf.yml'), yaml + `data-dir: ${join(dir, 'data')}\n`);
	const child = spawn('etcd', ['--config-file', join(dir, 'etcd.conf.yml')], { cwd: dir, stdio: 'ignore' });
	const client = /advertise-client-urls: (\S+)/.exec(yaml)![1];
	const deadline = Date.now() + 10000;
	while (Date.now() < deadline && !(await status(`${client}/version`, 'GET'))) await new Promise(resolve => setTimeout(resolve, 100));
	return {
		async stop() {
			child.kill('SIGKILL');
			if (child.exitCode === null) await new Promise(resolve => child.once('exit', resolve));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** The HTTP status of a request, 0 when nothing answers. */
async function status(url: string, method: 'GET' | 'POST', body?: string): Promise<number> {
	try {
		return (await fetch(url, { method, body, signal: AbortSignal.timeout(2000) })).status;
	} catch {
		return 0;
	}
}

const range = (base: string) => status(`${base}/v3/kv/range`, 'POST', JSON.stringify({ key: 'L3NlcnZpY2Uv' }));

function patroniFindings(member: string, patroni: string, version: '3.4' | '3.5'): string[] {
	const doc = parsePatroni('file:///p/patroni.yml', patroni, 'yaml');
	const members = [parseDocument('file:///p/etcd.conf.yml', member)];
	return findPatroniProblems(doc, patroniContext(doc, { version }, members)).map(found => `${found.rule.id}:${found.severity}`);
}

describe('etcd 3.4.23 and the Patroni rules agree', { skip: !available && 'etcd not installed' }, () => {
	const patroni = (section: string, port: number) => `scope: t\nname: n1\n${section}:\n  hosts: 127.0.6.1:${port}\n`;
	const without = memberYaml(36101, 36102, false);
	const withGateway = memberYaml(36111, 36112, true);
	let members: { stop(): Promise<void> }[] = [];
	before(async () => { members = [await startMember(without), await startMember(withGateway)]; });
	after(async () => { await Promise.all(members.map(member => member.stop())); });

	it('a YAML member without enable-grpc-gateway serves no /v3 JSON API: patroni-grpc-gateway is an error', async () => {
		assert.equal(await status('http://127.0.6.1:36101/version', 'GET'), 200);
		assert.equal(await range('http://127.0.6.1:36101'), 404);
		assert.deepEqual(patroniFindings(without, patroni('etcd3', 36101), '3.4'), ['patroni-grpc-gateway:error']);
	});

	it('with enable-grpc-gateway: true it does, and the rules say nothing', async () => {
		assert.equal(await range('http://127.0.6.1:36111'), 200);
		assert.deepEqual(patroniFindings(withGateway, patroni('etcd3', 36111), '3.4'), []);
	});

	it('its v2 API is off by default: patroni-v2-api is an error', async () => {
		assert.equal(await status('http://127.0.6.1:36111/v2/keys/service', 'GET'), 404);
		assert.deepEqual(patroniFindings(withGateway, patroni('etcd', 36111), '3.4'), ['patroni-v2-api:error']);
	});

	it('its peer port serves no client API: patroni-peer-port is an error', async () => {
		assert.notEqual(await range('http://127.0.6.1:36112'), 200);
		assert.deepEqual(patroniFindings(withGateway, patroni('etcd3', 36112), '3.4'), ['patroni-peer-port:error']);
	});
});
