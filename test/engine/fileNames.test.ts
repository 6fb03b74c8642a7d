import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isEtcdConfigPath, isEtcdYamlConfigPath, yamlConfigGlobs } from '../../server/src/engine/parse/fileNames';
import { renderedPath } from '../../server/src/engine/parse/origin';
import { recogniseFile } from '../../server/src/engine/parse/recognise';
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
		const patterns = language.filenamePatterns as string[];
		assert.deepEqual(patterns.slice(0, 3), ['**/default/etcd', '**/etcd/etcd.conf', '*.etcd.env.j2']);
		for (const path of ['pg1.etcd.env', 'etc/default/etcd', 'etc/etcd/etcd.conf', 'roles/etcd/templates/node.etcd.env.j2', 'host_vars/pg1/etcd.conf.j2',
			'debian/etcd-server.default', 'debian/etcd-server.etcd.default', 'templates/etcd-default.j2', 'etcd1.env', 'etcd-events.env', 'etcd-events.env.j2', 'etcd_2.conf', 'etcd-3.conf.j2']) {
			assert.ok(isEtcdConfigPath(path), path);
		}
		// Every pattern the editor knows is one the engine knows, and the other way round for these names.
		for (const name of ['etcd1.env', 'etcd-events.env', 'etcd_2.conf', 'etcd.member.env', 'etcd-events.env.j2', 'etcd-3.conf.j2', 'x.etcd.default']) {
			assert.ok(patterns.some(pattern => globToRegExp(pattern).test(`some/dir/${name}`)), name);
		}
	});
	it('never generic .env files or look-alikes', () => {
		for (const path of ['.env', 'app/.env', 'etcd.yaml', 'etcdctl', 'etcd.env.bak', 'my-etcd', 'etcd.conf.orig', 'etcdctl.env', 'etcd.service', 'etcd-.env']) {
			assert.ok(!isEtcdConfigPath(path), path);
		}
	});
	it('etcd YAML files: the schema fileMatch, the yaml-language names, the selector globs and the engine agree', () => {
		const fileMatch = contributes.yamlValidation[0].fileMatch as string[];
		const sampleNames = contributes.languages.find((l: { id: string }) => l.id === 'yaml').filenames as string[];
		const examples = fileMatch.map(name => name.replace('*', 'pg1'));
		for (const path of [...examples, ...sampleNames].map(name => `deploy/pg1/${name}`)) {
			assert.ok(isEtcdYamlConfigPath(path), path);
			assert.ok(yamlConfigGlobs.some(glob => globToRegExp(glob).test(path)), `${path} is outside the selector`);
		}
		for (const path of ['deploy/etcd0.yaml', 'etcd-1.yml', 'etcd.config.yaml', 'templates/etcd-wan.yml.j2', 'etcd1.yaml.sample']) {
			assert.ok(isEtcdYamlConfigPath(path), path);
			// The editor leaves templates to their own language; every other name is in the selector.
			if (renderedPath(path) === path) assert.ok(yamlConfigGlobs.some(glob => globToRegExp(glob).test(path)), `${path} is outside the selector`);
		}
		for (const path of ['docker-compose.yml', 'etcd.yml.bak', 'values.yaml', 'notes.sample', 'etcdctl.yaml']) {
			assert.ok(!isEtcdYamlConfigPath(path) && !yamlConfigGlobs.some(glob => globToRegExp(glob).test(path)), path);
		}
	});
	it('reads the content before it judges: other tools\' files are never etcd configs, whatever their names', () => {
		const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers:\n  - command: [etcd, --name=$(POD_NAME)]\n';
		assert.equal(recogniseFile('manifests/etcd.yaml', pod), 'etcd-containers', 'its container runs etcd: read as a manifest');
		assert.equal(recogniseFile('manifests/etcd.yaml', pod, true), 'etcd-containers', 'not as an etcd config, even when named on the command line');
		const web = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - image: nginx\n        env:\n        - name: ETCD_ENDPOINTS\n          value: x\n';
		assert.equal(recogniseFile('manifests/etcd.yaml', web, true), 'kubernetes', 'a manifest without an etcd container is left alone');
		const helm = '{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\ndata:\n  etcd.conf.yml: |\n    name: x\n{{- end }}\n';
		assert.equal(recogniseFile('templates/configmap.yaml', helm, true), 'kubernetes');
		assert.equal(recogniseFile('etcd.yml', 'services:\n  etcd:\n    environment:\n      ETCD_NAME: a\n'), 'compose');
		assert.equal(recogniseFile('docker-compose.yml', 'name: x\n'), 'compose');
		assert.equal(recogniseFile('etcd.service', '[Unit]\nDescription=etcd\n[Service]\nExecStart=/usr/bin/etcd\n', true), 'systemd-unit');
		assert.equal(recogniseFile('etcd.service.d/10-cluster.conf', '[Service]\nEnvironment=ETCD_NAME=a\n'), 'systemd-unit');
		assert.equal(recogniseFile('compose/.env', 'ETCD_HOST_IP=10.0.0.1\n', true), 'compose');
	});
	it('takes a canonical name as it is, a member file\'s name with an etcd setting inside, and a generic name with two', () => {
		assert.equal(recogniseFile('etc/default/etcd', '## all defaults\n'), 'etcd-config');
		assert.equal(recogniseFile('etcd-backup.yaml', 'schedule: daily\n'), 'other');
		assert.equal(recogniseFile('etcd0.yaml', 'name: etcd0\n'), 'etcd-config');
		assert.equal(recogniseFile('cfg/store-b.conf.yml', 'name: b\ninitial-cluster: b=http://10.0.0.2:2380\n'), 'etcd-config');
		assert.equal(recogniseFile('group_vars/all.yml', 'etcd_name: b\nname: x\n'), 'other');
		assert.equal(recogniseFile('node.env', 'ETCD_NAME=a\nETCD_DATA_DIR=/d\n'), 'etcd-config');
		assert.equal(recogniseFile('whatever.txt', 'anything', true), 'etcd-config', 'a file named on the command line is read');
	});
});
