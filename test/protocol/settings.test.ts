import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSettings } from '../../server/src/settings';

describe('reading the etcd.* settings', () => {
	it('indexes the YAML globs of etcd.yaml.files besides etcd.cluster.include', () => {
		const settings = readSettings({ cluster: { include: ['**/nodes/*.env'] }, yaml: { files: ['**/etcd/*.yml', 7, ''] } });
		assert.deepEqual(settings.clusterInclude, ['**/nodes/*.env', '**/etcd/*.yml']);
	});
	it('falls back to the defaults on malformed values', () => {
		const settings = readSettings({ version: '9.9', yaml: 'nope', cluster: null, tokenLength: 2, language: 'de' });
		assert.deepEqual([settings.version, settings.clusterInclude, settings.tokenLength, settings.language], ['3.5', [], 8, 'auto']);
	});
	it('takes a minor or one of its patch releases as the version', () => {
		assert.equal(readSettings({ version: '3.4.23' }).version, '3.4.23');
		assert.equal(readSettings({ version: '3.7' }).version, '3.7');
		assert.equal(readSettings({ version: '3.5.34' }).version, '3.5', 'a release newer than the facts falls back to the default');
	});
});
