import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The advertise mistake of the user's notes: pg3 tells its peers .203 while the cluster list says .204. */
export const brokenAdvertise = 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.203:2380"';

/**
 * A workspace folder for one test run: the example cluster as the user keeps it and, with `variants`, files named
 * as on the servers and variants of pg3 for the checks that need another text on disk. The server groups files
 * into clusters by their peer URLs, so each variant moves to a subnet of its own: a copy of pg3 on the same
 * addresses would be a second pg3 in the example's cluster.
 */
export function makeWorkspace(repo: string, folder: string, variants = true): void {
	cpSync(join(repo, 'examples', 'pg-cluster'), join(folder, 'pg-cluster'), { recursive: true });
	if (!variants) return;
	const example = (node: string) => readFileSync(join(repo, 'examples', 'pg-cluster', node, 'etcd'), 'utf8');
	let subnet = 45;
	const moved = (text: string) => text.replace(/192\.168\.45\./g, `192.168.${++subnet}.`);
	const pg3 = example('pg3');
	const withLine = (key: string, line: string) => pg3.replace(new RegExp(`^${key}=.*$`, 'm'), line);
	const files: Record<string, string> = {
		'etc/default/etcd': moved(example('pg1')),
		'node-a.etcd.env': moved(example('pg1')),
		'app/.env': 'DATABASE_URL=postgres://app@127.0.0.1:5432/app\nLOG_LEVEL=debug\n',
		'token/etcd': moved(withLine('ETCD_INITIAL_CLUSTER_TOKEN', 'ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster"')),
		'versions/etcd': moved(`${pg3}ETCD_DEBUG="true"\nETCD_NOT_AN_OPTION="1"\n`),
		'broken/etcd': moved(withLine('ETCD_INITIAL_ADVERTISE_PEER_URLS', brokenAdvertise)),
		'yaml/etcd.conf.yml': moved(readFileSync(join(repo, 'examples', 'yaml-cluster', 'pg1', 'etcd.conf.yml'), 'utf8').replace(/192\.168\.47\./g, '192.168.45.')) + 'grpc-keepalive-timeout: 5s\n',
		'deploy/values.yml': 'replicas: 3\nimage: postgres:16\nenv:\n  ETCD_NAME: no\n',
		'.vscode/settings.json': '{}\n',
		'units/etcd.service': readFileSync(join(repo, 'test', 'fixtures', 'units', 'hard-way', 'etcd-infra0.service'), 'utf8').replace(/10\.240\.0\./g, '10.241.0.'),
		'kubeadm/manifests/etcd.yaml': readFileSync(join(repo, 'test', 'fixtures', 'containers', 'kubeadm', 'etcd.yaml'), 'utf8'),
		'kubeadm/manifests/web.yaml': readFileSync(join(repo, 'test', 'fixtures', 'containers', 'other', 'web-deployment.yaml'), 'utf8'),
		'compose/compose.yaml': readFileSync(join(repo, 'test', 'fixtures', 'containers', 'compose', 'compose.yaml'), 'utf8'),
		'compose/etcd-c.env': readFileSync(join(repo, 'test', 'fixtures', 'containers', 'compose', 'etcd-c.env'), 'utf8'),
		// A guide's unit that passes --name although the env file its EnvironmentFile= loads sets ETCD_NAME.
		'units/guide/etcd.service': readFileSync(join(repo, 'test', 'fixtures', 'units', 'patroni', 'etcd.service'), 'utf8')
			.replace(/^Environment=ETCD_DATA_DIR=.*\n/m, '').replace('--enable-v2=true --data-dir /var/lib/etcd/pg', '--name pg1 --data-dir /var/lib/etcd/pg'),
		'units/guide/etcd.env': readFileSync(join(repo, 'test', 'fixtures', 'units', 'patroni', 'etcd.env'), 'utf8'),
		'units/postgresql.service': '[Unit]\nDescription=PostgreSQL\n\n[Service]\nExecStart=/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main --heartbeat-interval=100ms\n',
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
}

/** A fresh profile: no welcome page, no tips, nothing that reaches for the network. */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	const settings = {
		'workbench.startupEditor': 'none',
		'workbench.tips.enabled': false,
		'workbench.enableExperiments': false,
		'telemetry.telemetryLevel': 'off',
		'security.workspace.trust.enabled': false,
		'extensions.autoCheckUpdates': false,
		'extensions.autoUpdate': false,
		'extensions.ignoreRecommendations': true,
		'update.mode': 'none',
		'git.enabled': false,
		...extra,
	};
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, '\t'));
}
