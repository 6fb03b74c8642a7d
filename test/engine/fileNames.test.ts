import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isEtcdConfigPath } from '../../server/src/engine/fileNames';
import { repoRoot } from '../fixtures';

const language = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.languages[0];

describe('which files are etcd configs', () => {
	it('every file name the language contributes', () => {
		for (const name of language.filenames as string[]) assert.ok(isEtcdConfigPath(`some/dir/${name}`), name);
	});
	it('the extensions and patterns the language contributes', () => {
		assert.deepEqual(language.extensions, ['.etcd.env']);
		assert.deepEqual(language.filenamePatterns, ['**/default/etcd', '**/etcd/etcd.conf', '*.etcd.env.j2']);
		for (const path of ['pg1.etcd.env', 'etc/default/etcd', 'etc/etcd/etcd.conf', 'roles/etcd/templates/node.etcd.env.j2', 'host_vars/pg1/etcd.conf.j2']) {
			assert.ok(isEtcdConfigPath(path), path);
		}
	});
	it('never generic .env files or look-alikes', () => {
		for (const path of ['.env', 'app/.env', 'etcd.yaml', 'etcdctl', 'etcd.env.bak', 'my-etcd', 'etcd.conf.orig']) assert.ok(!isEtcdConfigPath(path), path);
	});
});
