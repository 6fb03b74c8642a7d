import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInTempDir, type EtcdVerdict } from './etcdRunner';

/*
 * etcd started as `etcd --config-file <file>`: in this mode it ignores every other flag and every ETCD_* variable,
 * so the YAML is all it gets. The file sits in etcd's working directory, where a relative data dir also lands.
 */
export function runEtcdWithConfigFile(yamlText: string, deadlineMs = 4000): Promise<EtcdVerdict> {
	return runInTempDir(dir => {
		const file = join(dir, 'etcd.conf.yml');
		writeFileSync(file, yamlText);
		return { env: { PATH: process.env.PATH }, args: ['--config-file', file] };
	}, deadlineMs);
}
