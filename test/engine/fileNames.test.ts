import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isEtcdConfigPath, isEtcdYamlConfigPath, yamlConfigGlobs } from '../../server/src/engine/parse/fileNames';
import { globToRegExp } from '../../server/src/engine/text/glob';
import { repoRoot } from '../fixtures';

const contributes = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes;
const language = contributes.languages[0];

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
	it('etcd YAML files: the schema fileMatch, the yaml-language names, the selector globs and the engine agree', () => {
		const fileMatch = contributes.yamlValidation[0].fileMatch as string[];
		const sampleNames = contributes.languages.find((l: { id: string }) => l.id === 'yaml').filenames as string[];
		const examples = fileMatch.map(name => name.replace('*', 'pg1'));
		for (const path of [...examples, ...sampleNames].map(name => `deploy/pg1/${name}`)) {
			assert.ok(isEtcdYamlConfigPath(path), path);
			assert.ok(yamlConfigGlobs.some(glob => globToRegExp(glob).test(path)), `${path} is outside the selector`);
		}
		for (const path of ['docker-compose.yml', 'etcd.yml.bak', 'values.yaml', 'notes.sample']) {
			assert.ok(!isEtcdYamlConfigPath(path) && !yamlConfigGlobs.some(glob => globToRegExp(glob).test(path)), path);
		}
	});
});
