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
import { cases, memberFile, members, type Member } from './clusterCases';
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

function ourVerdict(files: Record<Member, string>): { errors: string[] } {
	const docs = members.map(m => parseDocument(`file:///diff/${m}/etcd`, files[m]));
	const clusters = indexClusters(docs);
	const errors = docs.flatMap(doc => diagnose(doc, { version: '3.4.23' }, siblingsOf(clusters, doc.uri))
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
