import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../../server/src/cli';
import { composeReaders } from '../../server/src/composeFiles';

const scratch = mkdtempSync(join(tmpdir(), 'etcd-config-scan-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
	const path = join(scratch, name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
	return path;
}

/** The CLI in-process with JSON output: the files it read (below the scratch folder) and their findings' rules. */
function lint(...args: string[]): Record<string, string[]> {
	let stdout = '';
	run(['--format', 'json', '--etcd-version', '3.4', ...args], { stdout: t => { stdout += t; }, stderr: () => undefined, colour: false });
	const files = (JSON.parse(stdout) as { files: { path: string; diagnostics: { rule: string }[] }[] }).files;
	return Object.fromEntries(files.map(f => [f.path.slice(scratch.length + 1), f.diagnostics.map(d => d.rule)]));
}

const member = (name: string, last: number) => [
	`ETCD_NAME=${name}`, `ETCD_LISTEN_PEER_URLS=http://10.9.0.${last}:2380`, `ETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.9.0.${last}:2380`,
	`ETCD_LISTEN_CLIENT_URLS=http://10.9.0.${last}:2379`, `ETCD_ADVERTISE_CLIENT_URLS=http://10.9.0.${last}:2379`,
	'ETCD_INITIAL_CLUSTER=etcd0=http://10.9.0.1:2380,etcd1=http://10.9.0.2:2380,etcd2=http://10.9.0.3:2380', 'ETCD_INITIAL_CLUSTER_TOKEN=scan', '',
].join('\n');

describe('the directory scan', () => {
	it('takes member files by the names repositories give them, and other files with etcd settings inside', () => {
		file('names/etcd0.yaml', 'name: etcd0\ndata-dir: /d\n');
		file('names/etcd1.env', member('etcd1', 2));
		file('names/etcd.config.yaml', 'name: c\nlisten-peer-urls: http://10.9.1.1:2380\n');
		file('names/templates/etcd-events.env.j2', 'ETCD_NAME={{ inventory_hostname }}-events\n');
		file('names/debian/etcd-server.default', '## all defaults\n');
		file('names/samples/store-b.conf.yml', 'name: b\ninitial-cluster: b=http://10.9.2.1:2380\n');
		file('names/group_vars/all.yml', 'etcd_version: 3.4\n');
		file('names/etcd-backup.yaml', 'schedule: daily\n');
		assert.deepEqual(Object.keys(lint(join(scratch, 'names'))).sort(), [
			'names/debian/etcd-server.default', 'names/etcd.config.yaml', 'names/etcd0.yaml', 'names/etcd1.env', 'names/samples/store-b.conf.yml', 'names/templates/etcd-events.env.j2',
		]);
	});

	it('never reads a Kubernetes manifest, a compose file or a unit as an etcd config, even when named; each only for what runs etcd in it or sets its variables', () => {
		const pod = file('others/manifests/etcd.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers: []\n');
		file('others/docker-compose.yml', 'services:\n  etcd:\n    image: etcd\n');
		const unit = file('others/etcd.service', '[Unit]\nDescription=etcd\n[Service]\nEnvironmentFile=/etc/default/etcd\n');
		file('others/etcd.service.d/10-cluster.conf', '[Service]\nEnvironment=ETCD_NAME=a\n');
		file('others/postgresql.service', '[Service]\nExecStart=/usr/bin/postgres --heartbeat-interval=100ms\n');
		file('others/etcd-infra.service', '[Service]\nExecStart=/usr/local/bin/etcd --heartbeat-interval=100ms\n');
		file('others/manifests/kube-etcd.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: registry.k8s.io/etcd:3.5.15-0\n    command: [etcd, --heartbeat-interval=100ms]\n');
		file('others/manifests/web.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - image: nginx\n        env: [{ name: ETCD_NAME, value: x }]\n');
		// A manifest and a compose file are read for their etcd containers, as the member each one is.
		assert.deepEqual(lint(join(scratch, 'others')), {
			'others/docker-compose.yml': [], 'others/etcd-infra.service': ['invalid-value'], 'others/etcd.service.d/10-cluster.conf': [],
			'others/manifests/kube-etcd.yaml': ['invalid-value'],
		});
		assert.deepEqual(lint(pod, unit), {});
	});

	it('reads an env file that a compose file names as compose does: ${VAR} is compose\'s to fill in', () => {
		const text = 'ETCD_NAME=edge\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://${HOST_IP}:2380\nETCD_ADVERTISE_CLIENT_URLS=http://${HOST_IP}:2379\n';
		file('compose/docker-compose.yml', 'services:\n  etcd:\n    env_file:\n      - ./etcd.env\n');
		file('compose/etcd.env', text);
		file('systemd/etcd.env', text);
		const found = lint(join(scratch, 'compose'), join(scratch, 'systemd'));
		assert.deepEqual(found['compose/etcd.env'], []);
		assert.ok(found['systemd/etcd.env'].includes('invalid-url'));
	});

	it('reads a file reached twice (two arguments, a link) once', () => {
		const path = file('twice/pg1/etcd', member('etcd0', 1));
		symlinkSync(join(scratch, 'twice', 'pg1'), join(scratch, 'twice', 'link'));
		assert.deepEqual(Object.keys(lint(join(scratch, 'twice'), path, join(scratch, 'twice', 'link', 'etcd'))), ['twice/pg1/etcd']);
	});

	it('groups files into the clusters a --config file names (cluster.groups), and not by a shared address alone', () => {
		const lone = (name: string, token: string) => `ETCD_NAME=${name}\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://127.0.0.1:2380\nETCD_INITIAL_CLUSTER=${name}=http://127.0.0.1:2380\nETCD_INITIAL_CLUSTER_TOKEN=${token}\n`;
		file('groups/dev/etcd', lone('dev', 't1'));
		file('groups/ci/etcd', lone('ci', 't2'));
		const apart = lint(join(scratch, 'groups'));
		assert.deepEqual(Object.keys(apart).sort(), ['groups/ci/etcd', 'groups/dev/etcd']);
		assert.ok(!Object.values(apart).flat().some(id => id.startsWith('cluster-')), JSON.stringify(apart));
		const config = file('groups.json', JSON.stringify({ cluster: { groups: { both: [`${relative(process.cwd(), join(scratch, 'groups')).split(sep).join('/')}/**`] } } }));
		const grouped = lint('--config', config, join(scratch, 'groups'));
		assert.ok(grouped['groups/dev/etcd'].includes('cluster-token-mismatch'), JSON.stringify(grouped));
	});

	it('follows a compose file that changes which env files it names', () => {
		const compose = file('follow/docker-compose.yml', 'services:\n  etcd:\n    env_file: a.env\n');
		const [a, b] = [file('follow/a.env', 'ETCD_NAME=a\n'), file('follow/b.env', 'ETCD_NAME=b\n')];
		const readers = composeReaders();
		readers.add([a, b]);
		assert.deepEqual([readers.has(a), readers.has(b)], [true, false]);
		writeFileSync(compose, 'services:\n  etcd:\n    env_file: [{ path: b.env, required: false }]\n');
		const changed = readers.refresh(compose);
		assert.deepEqual([readers.has(a), readers.has(b), changed(a), changed(b)], [false, true, true, true]);
	});
});
