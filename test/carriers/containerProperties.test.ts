import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addSetting, removeSetting, replaceValue } from '../../server/src/engine/dialects';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { templateMark } from '../../server/src/engine/parsers/templates';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { problemsOf } from '../engineContext';

/*
 * Manifests and compose files of any shape: parsing and every rule never throw, every fix applies, a value written
 * by a dialect reads back as written with the other settings unchanged, and removal and addition touch only their own.
 */

const manifest = [
	'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: etcd', 'spec:', '  containers:', '  - name: etcd', '    image: registry.k8s.io/etcd:3.5.15-0',
	'    command:', '    - etcd', '    - --name=node1', '    - "--data-dir=/var/lib/etcd"', '    - --snapshot-count', '    - \'100\'', '    - --auto-tls',
	'    args: [--log-level=info, "--quota-backend-bytes=8589934592"]', '    env:', '    - name: ETCD_ELECTION_TIMEOUT', '      value: "1000"',
	'    - name: ETCD_LOGGER', '      value: zap', '',
].join('\n');
const compose = [
	'services:', '  one:', '    image: quay.io/coreos/etcd:v3.5.15', '    command: etcd --name one --data-dir=/d --auto-tls', '    environment:',
	'      ETCD_LOG_LEVEL: info', '      ETCD_ELECTION_TIMEOUT: "1000"', '  two:', '    image: quay.io/coreos/etcd:v3.5.15',
	'    command: ["etcd", "--name=two", "--data-dir=/d"]', '    environment:', '      - ETCD_LOG_LEVEL=info', '      - "ETCD_SNAPSHOT_COUNT=100"', '',
].join('\n');
const bases: readonly [string, string][] = [['file:///m/etcd.yaml', manifest], ['file:///c/compose.yaml', compose]];

const settingsOf = (uri: string, text: string) => parseDocument(uri, text).settings.map(s => `${s.key}=${s.value}`);
const value = fc.oneof(fc.constantFrom('a b', 'x"y', 'p\\q', '50%', 'it\'s', 'a: b', '#x', '- y', 'true', '100', '[a]', '{b}', '*c', '&d', ''), fc.string({ maxLength: 6 }))
	.filter(v => !/[\r\n\0\t]/.test(v) && !v.includes(templateMark) && !v.includes('$') && v.trim() === v);

const pieces = ['\n', '  ', '- ', 'etcd', '--name=', 'command:', 'args:', 'env:', 'environment:', 'services:', 'image: etcd', 'kind: Pod', 'apiVersion: v1',
	'containers:', 'value: ', 'name: ', '"', '\'', '[', ']', '{', '}', ',', ':', '#', '---', 'ETCD_NAME', '100ms', '$(X)', '${Y}'];
const yamlText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 })
	.map(parts => 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: etcd\n' + parts.join(''));

describe('containers: any text', () => {
	it('never throws, and every fix applies (1,000 runs each for manifests and compose files)', () => {
		for (const uri of ['file:///m/etcd.yaml', 'file:///c/compose.yaml']) {
			fc.assert(fc.property(yamlText.map(t => uri.endsWith('compose.yaml') ? t.replace(/^apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - /, 'services:\n  x:\n    ') : t), text => {
				const doc = parseDocument(uri, text);
				for (const found of problemsOf(doc)) for (const fix of found.problem.fixes ?? []) parseDocument(uri, applyChanges(text, fix.changes));
			}), { numRuns: 1000 });
		}
	});
	it('reads back a value written into any flag or variable, the others unchanged (1,000 runs each)', () => {
		for (const [uri, base] of bases) {
			const doc = parseDocument(uri, base);
			fc.assert(fc.property(fc.nat(doc.settings.length - 1), value, (index, written) => {
				const setting = doc.settings[index];
				const after = settingsOf(uri, applyChanges(base, [replaceValue(doc, setting, written)]));
				const expected = settingsOf(uri, base).map((s, i) => i === index ? `${setting.key}=${written}` : s);
				assert.deepEqual(after, expected, `${setting.key} ← ${JSON.stringify(written)}`);
			}), { numRuns: 1000 });
		}
	});
	it('removes any setting and adds one after any setting, the rest read the same', () => {
		for (const [uri, base] of bases) {
			const doc = parseDocument(uri, base);
			doc.settings.forEach((setting, index) => {
				const removed = settingsOf(uri, applyChanges(base, [removeSetting(doc, setting)]));
				assert.deepEqual(removed, settingsOf(uri, base).filter((_s, i) => i !== index), `removing ${setting.key}`);
				const added = addSetting(doc, setting, 'initial-cluster-token', 'to ken');
				if (!added) return;
				const result = settingsOf(uri, applyChanges(base, [added.change]));
				assert.ok(result.includes('--initial-cluster-token=to ken') || result.includes('ETCD_INITIAL_CLUSTER_TOKEN=to ken'), `after ${setting.key}: ${JSON.stringify(result)}`);
				assert.equal(result.length, settingsOf(uri, base).length + 1, `after ${setting.key}`);
			});
		}
	});
});
