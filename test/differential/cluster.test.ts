import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { etcdAvailable, launch } from './etcdRunner';
import { diagnose } from '../engineContext';

/*
 * Starts every member of a three-member cluster with the real etcd on loopback addresses and compares our
 * cross-file verdict (no error) with etcd's (all three members report a healthy cluster).
 */

const available = etcdAvailable();
if (!available) {
	console.warn('DIFFERENTIAL CLUSTER SUITE SKIPPED: etcd binary not found (apt-get install -y etcd-server)');
	if (process.env.CI) throw new Error('the etcd binary is missing, and CI must run the differential suite');
}

type Member = 'pg1' | 'pg2' | 'pg3';
const members: Member[] = ['pg1', 'pg2', 'pg3'];

function memberFile(subnet: number, member: Member): string {
	const ip = (m: Member) => `127.0.${subnet}.${members.indexOf(m) + 1}`;
	return [
		`ETCD_NAME="${member}"`,
		`ETCD_LISTEN_CLIENT_URLS="http://${ip(member)}:2379"`,
		`ETCD_ADVERTISE_CLIENT_URLS="http://${ip(member)}:2379"`,
		`ETCD_LISTEN_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_CLUSTER="${members.map(m => `${m}=http://${ip(m)}:2380`).join(',')}"`,
		`ETCD_INITIAL_CLUSTER_TOKEN="diff-${subnet}"`,
		'ETCD_INITIAL_CLUSTER_STATE="new"',
		'',
	].join('\n');
}

interface Case {
	readonly name: string;
	/** Changes one or more member files of an agreeing cluster. */
	readonly change: (files: Record<Member, string>, subnet: number) => void;
}

const cases: Case[] = [
	{ name: 'three agreeing members', change: () => undefined },
	{ name: 'a token that differs on one member', change: f => { f.pg3 = f.pg3.replace(/TOKEN="[^"]*"/, 'TOKEN="another-token"'); } },
	{ name: 'a member list that differs on one member', change: (f, s) => { f.pg1 = f.pg1.replace(`pg3=http://127.0.${s}.3:2380`, `pg3=http://127.0.${s}.4:2380`); } },
	{ name: 'the same members in another order on one member', change: (f, s) => {
		f.pg2 = f.pg2.replace(/ETCD_INITIAL_CLUSTER="[^"]*"/, `ETCD_INITIAL_CLUSTER="pg3=http://127.0.${s}.3:2380,pg1=http://127.0.${s}.1:2380,pg2=http://127.0.${s}.2:2380"`);
	} },
	{ name: 'the default token on every member', change: f => { for (const m of members) f[m] = f[m].replace(/ETCD_INITIAL_CLUSTER_TOKEN="[^"]*"\n/, ''); } },
	{ name: 'heartbeat and election timing that differ', change: f => { f.pg2 += 'ETCD_HEARTBEAT_INTERVAL="50"\nETCD_ELECTION_TIMEOUT="500"\n'; } },
	{ name: 'a member missing from one member\'s list', change: (f, s) => { f.pg1 = f.pg1.replace(`,pg3=http://127.0.${s}.3:2380`, ''); } },
	{ name: 'blanks after the commas in every list', change: f => { for (const m of members) f[m] = f[m].replace(/,pg/g, ', pg'); } },
];

function ourVerdict(files: Record<Member, string>): { errors: string[] } {
	const docs = members.map(m => parseDocument(`file:///diff/${m}/etcd`, files[m]));
	const clusters = indexClusters(docs);
	const errors = docs.flatMap(doc => diagnose(doc, { version: '3.4' }, siblingsOf(clusters, doc.uri))
		.filter(d => d.severity === DiagnosticSeverity.Error).map(d => `${doc.uri}: ${d.code}: ${d.message}`));
	return { errors };
}

function health(ip: string): Promise<boolean> {
	return new Promise(resolve => {
		const request = get({ host: ip, port: 2379, path: '/health', timeout: 1000 }, response => {
			let body = '';
			response.on('data', chunk => { body += chunk; });
			response.on('end', () => resolve(/"health":\s*"true"/.test(body)));
		});
		request.on('error', () => resolve(false));
		request.on('timeout', () => { request.destroy(); resolve(false); });
	});
}

/** Starts the three members (as systemd would hand them their variables) and waits until all are healthy or time runs out. */
async function etcdVerdict(files: Record<Member, string>, subnet: number): Promise<{ healthy: boolean; log: string }> {
	const dataRoot = mkdtempSync(join(tmpdir(), 'etcd-diff-cluster-'));
	const processes: ChildProcess[] = [];
	let log = '';
	try {
		for (const member of members) {
			const { env, args } = launch(files[member], join(dataRoot, member));
			const child = spawn('etcd', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
			child.stderr?.on('data', chunk => { log += `[${member}] ${chunk}`; });
			processes.push(child);
		}
		const deadline = Date.now() + 12_000;
		while (Date.now() < deadline) {
			const states = await Promise.all(members.map((_, i) => health(`127.0.${subnet}.${i + 1}`)));
			if (states.every(Boolean)) return { healthy: true, log };
			await new Promise(resolve => setTimeout(resolve, 300));
		}
		return { healthy: false, log };
	} finally {
		for (const child of processes) child.kill('SIGKILL');
		await Promise.all(processes.map(child => child.exitCode !== null ? undefined : new Promise(resolve => child.once('exit', resolve))));
		rmSync(dataRoot, { recursive: true, force: true });
	}
}

describe('clusters started with the real etcd agree with the cross-file checks', { skip: !available && 'etcd not installed', concurrency: 4 }, () => {
	cases.forEach((testCase, index) => {
		it(testCase.name, { timeout: 30_000 }, async () => {
			const subnet = 60 + index;
			const files = Object.fromEntries(members.map(m => [m, memberFile(subnet, m)])) as Record<Member, string>;
			testCase.change(files, subnet);
			const ours = ourVerdict(files);
			const theirs = await etcdVerdict(files, subnet);
			const lastLines = theirs.log.split('\n').slice(-8).join('\n');
			if (theirs.healthy) assert.deepEqual(ours.errors, [], 'etcd formed one healthy cluster, so we must report no error');
			else assert.ok(ours.errors.length > 0, `etcd's members never formed one healthy cluster, but we reported no error.\n${lastLines}`);
		});
	});
});
