import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EtcdVersion } from '../../server/src/engine/etcd/options';
import { repoRoot } from '../fixtures';
import { expectProblems } from './ruleTest';

/** Files that hold no URL or TLS mistake: the user's pg1 and a RHEL-style etcd.conf. */
export const cleanFiles: readonly string[] = [
	join(repoRoot, 'examples', 'pg-cluster', 'pg1', 'etcd'),
	join(repoRoot, 'test', 'fixtures', 'env', 'rhel-etcd.conf'),
];

/** Asserts that a rule reports nothing on the clean files, for every version it may meet. */
export function expectQuietOnCleanFiles(ruleId: string): void {
	for (const file of cleanFiles) {
		for (const version of ['3.4', '3.5', '3.6', '3.7'] as EtcdVersion[]) expectProblems(ruleId, readFileSync(file, 'utf8'), { version });
	}
}

/** A three-member cluster on three hosts, this file being pg1 on 10.0.0.1. */
export const threeHosts = [
	'ETCD_NAME="pg1"',
	'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380"',
	'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,http://127.0.0.1:2379"',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379"',
	'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380,pg3=http://10.0.0.3:2380"',
	'',
].join('\n');

/** threeHosts with one line replaced (matched by its key). */
export function threeHostsWith(key: string, line: string): string {
	return threeHosts.split('\n').map(l => l.startsWith(key + '=') ? line : l).join('\n');
}
