import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fixtures';

/** The files every syntax rule must leave alone: the user's pg1 and RHEL's stock etcd.conf. */
export const cleanFiles: readonly { readonly name: string; readonly text: string }[] = [
	join('examples', 'pg-cluster', 'pg1', 'etcd'),
	join('test', 'fixtures', 'env', 'rhel-etcd.conf'),
].map(path => ({ name: path, text: readFileSync(join(repoRoot, path), 'utf8') }));
