import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { addSetting, removeSetting, replaceValue } from '../../server/src/engine/dialects';
import { codeActions, complete, hover } from '../../server/src/engine/features/inContainer';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { recogniseFile } from '../../server/src/engine/parse/recognise';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { positionAt } from '../../server/src/engine/text/lineIndex';
import { contextOf, problemsOf } from '../engineContext';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'containers');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const kubeadm = read('kubeadm/etcd.yaml');
const compose = read('compose/compose.yaml');
const statefulSet = read('statefulset.yaml');
const manifestUri = 'file:///etc/kubernetes/manifests/etcd.yaml';
const composeUri = 'file:///srv/etcd/compose.yaml';

function found(uri: string, text: string) {
	const doc = parseDocument(uri, text);
	return { doc, problems: problemsOf(doc).map(f => ({ ...f.problem, rule: f.rule.id, severity: f.severity })) };
}

function fixed(uri: string, text: string, rule: string, title: RegExp): string {
	const fix = found(uri, text).problems.filter(p => p.rule === rule).flatMap(p => p.fixes ?? []).find(f => title.test(f.title));
	assert.ok(fix, `a fix ${title}`);
	return applyChanges(text, fix.changes);
}

const setting = (doc: ConfigDocument, key: string) => {
	const found = doc.settings.find(s => s.key === key);
	assert.ok(found, key);
	return found;
};

describe('Kubernetes manifests: recognised by the container that runs etcd', () => {
	it('reads kubeadm\'s static pod as one member, its command items as flags', () => {
		assert.equal(recogniseFile('etc/kubernetes/manifests/etcd.yaml', kubeadm), 'etcd-containers');
		const doc = parseDocument(manifestUri, kubeadm);
		assert.equal(doc.members?.length, 1);
		assert.equal(setting(doc, '--name').value, 'node1');
		assert.equal(setting(doc, '--initial-cluster').value, 'node1=https://10.20.0.11:2380');
		assert.match(doc.members[0].uri, /^file:\/\/\/etc\/kubernetes\/manifests\/etcd\.yaml#/);
	});
	it('leaves a Deployment that does not run etcd alone, ETCD_* variables or not', () => {
		assert.equal(recogniseFile('deploy/web.yaml', read('other/web-deployment.yaml'), true), 'kubernetes');
	});
	it('finds kubeadm\'s real mistake and only it: a duration where etcd counts milliseconds', () => {
		const { doc, problems } = found(manifestUri, kubeadm);
		assert.deepEqual(problems.filter(p => p.severity === 'error').map(p => [p.rule, doc.text.slice(p.span.start, p.span.end)]), [['invalid-value', '100ms']]);
	});
	it('fixes the value in place, nothing else in the file changes', () => {
		assert.equal(fixed(manifestUri, kubeadm, 'invalid-value', /100/), kubeadm.replace('--heartbeat-interval=100ms', '--heartbeat-interval=100'));
	});
	it('reads args and env of a StatefulSet in a file of several documents; what the world gives is no error', () => {
		const { doc, problems } = found('file:///k/etcd.yaml', statefulSet);
		assert.equal(doc.members?.length, 1);
		assert.equal(setting(doc, 'ETCD_INITIAL_CLUSTER_STATE').value, 'new');
		assert.deepEqual(problems.filter(p => p.severity === 'error').map(p => p.rule), ['timing']);
		assert.ok(!problems.some(p => /SNAPSHOT|POD_NAME/.test(doc.text.slice(p.span.start, p.span.end))), 'valueFrom and $(POD_NAME) are unknown values');
	});
	it('reads a flag and a variable for one option as etcd does: it refuses the pair', () => {
		const text = kubeadm.replace('    image: registry', '    env:\n    - name: ETCD_NAME\n      value: node1\n    image: registry');
		assert.ok(found(manifestUri, text).problems.some(p => p.rule === 'flag-and-variable'));
	});
});

describe('Kubernetes manifests: edits in YAML', () => {
	const doc = parseDocument(manifestUri, kubeadm);
	it('adds a flag as a new item in the list\'s indentation', () => {
		const added = addSetting(doc, setting(doc, '--name'), 'log-level', 'warn');
		assert.ok(added);
		assert.equal(applyChanges(kubeadm, [added.change]), kubeadm.replace('    - --name=node1\n', '    - --name=node1\n    - --log-level=warn\n'));
	});
	it('removes a flag with its item\'s line', () => {
		assert.equal(applyChanges(kubeadm, [removeSetting(doc, setting(doc, '--snapshot-count'))]), kubeadm.replace('    - --snapshot-count=10000\n', ''));
	});
	it('quotes a value YAML would read as something else, and writes a variable as an env item', () => {
		const quoted = applyChanges(kubeadm, [replaceValue(doc, setting(doc, '--name'), 'a: b')]);
		assert.match(quoted, /- "--name=a: b"\n/);
		assert.equal(parseDocument(manifestUri, quoted).settings.find(s => s.key === '--name')?.value, 'a: b');
		const set = found('file:///k/etcd.yaml', statefulSet).doc;
		const env = addSetting(set, setting(set, 'ETCD_INITIAL_CLUSTER_STATE'), 'log-level', 'warn');
		assert.ok(env);
		const text = applyChanges(statefulSet, [env.change]);
		assert.match(text, /          value: "new"\n        - name: ETCD_LOG_LEVEL\n          value: "warn"\n/);
		assert.equal(parseDocument('file:///k/etcd.yaml', text).settings.find(s => s.key === 'ETCD_LOG_LEVEL')?.value, 'warn');
	});
});

describe('Kubernetes manifests: hover, completion, quick fixes where the flag stands', () => {
	const doc = parseDocument(manifestUri, kubeadm);
	const ctx = contextOf(doc);
	const at = (needle: string, shift = 2) => positionAt(doc.lines, kubeadm.indexOf(needle) + shift);
	it('explains a flag of the command list', () => {
		const answer = hover(doc, at('--heartbeat-interval'), ctx);
		assert.match((answer?.contents as MarkupContent).value, /heartbeat/i);
	});
	it('completes a flag being typed as a new item', () => {
		const text = kubeadm.replace('    - --name=node1\n', '    - --name=node1\n    - --auto-compaction-r\n');
		const typed = parseDocument(manifestUri, text);
		const items = complete(typed, positionAt(typed.lines, text.indexOf('--auto-compaction-r') + '--auto-compaction-r'.length), contextOf(typed));
		assert.ok(items.some(item => item.label === '--auto-compaction-retention'));
	});
	it('offers the fix as an edit of the manifest itself', () => {
		const range = { start: at('100ms', 0), end: at('100ms', 5) };
		const action = codeActions(doc, { range }, ctx).find(a => /100/.test(a.title));
		assert.deepEqual(Object.keys(action?.edit?.changes ?? {}), [manifestUri]);
	});
});

describe('compose files: each service a member, the services of a file one cluster', () => {
	it('reads list and string commands, map environments; leaves the app service alone', () => {
		const doc = parseDocument(composeUri, compose);
		assert.deepEqual(doc.members?.map(m => decodeURIComponent(m.uri.slice(m.uri.indexOf('=') + 1))), ['etcd-a', 'etcd-b', 'etcd-c']);
		assert.equal(setting(doc.members[1], '--initial-cluster-token').value, 'compose-demo');
		assert.equal(setting(doc.members[2], 'ETCD_NAME').value, 'etcd-c');
	});
	it('finds a token that one service alone writes, with the others as related', () => {
		const text = compose.replace('ETCD_INITIAL_CLUSTER_TOKEN: compose-demo', 'ETCD_INITIAL_CLUSTER_TOKEN: compose-demo-c');
		const mismatch = found(composeUri, text).problems.find(p => p.rule === 'cluster-token-mismatch');
		assert.ok(mismatch);
		assert.equal(mismatch.severity, 'error');
		assert.equal(mismatch.related?.length, 2);
	});
	it('finds a duration in a string command and fixes it in place', () => {
		const text = compose.replace('--initial-cluster-token compose-demo\n', '--initial-cluster-token compose-demo --heartbeat-interval 100ms\n');
		assert.equal(fixed(composeUri, text, 'invalid-value', /100/), compose.replace('--initial-cluster-token compose-demo\n', '--initial-cluster-token compose-demo --heartbeat-interval 100\n'));
	});
	it('reads the list form of environment, and a bare name as the host\'s value', () => {
		const text = 'services:\n  etcd:\n    image: bitnami/etcd:3.5\n    environment:\n      - ETCD_NAME=one\n      - ETCD_DATA_DIR\n      - ETCD_HEARTBEAT_INTERVAL=100ms\n';
		const { doc, problems } = found(composeUri, text);
		assert.equal(setting(doc, 'ETCD_NAME').value, 'one');
		assert.deepEqual(problems.filter(p => p.severity === 'error').map(p => [p.rule, text.slice(p.span.start, p.span.end)]), [['invalid-value', '100ms']]);
		const added = addSetting(doc, setting(doc, 'ETCD_NAME'), 'log-level', 'warn');
		assert.ok(added);
		assert.match(applyChanges(text, [added.change]), /      - ETCD_NAME=one\n      - ETCD_LOG_LEVEL=warn\n/);
	});

	it('follows an anchor to the image a service shares with others (image: *etcd-image)', () => {
		const text = 'x-etcd-image: &etcd-image gcr.io/etcd-development/etcd:v3.5.17\nx-web: &web nginx:1.27\nservices:\n  etcd-1:\n    image: *etcd-image\n    environment:\n      ETCD_NAME: etcd-1\n      ETCD_SNAPSHOT_COUNT: "-5"\n  web:\n    image: *web\n    environment:\n      ETCD_NAME: not-etcd\n  broken:\n    image: *missing\n';
		const { doc, problems } = found(composeUri, text);
		assert.deepEqual(doc.members?.map(member => member.uri.split('=').pop()), ['etcd-1']);
		assert.deepEqual(problems.filter(p => p.severity === 'error').map(p => [p.rule, text.slice(p.span.start, p.span.end)]), [['invalid-value', '-5']]);
	});
});

describe('the cluster across carriers', () => {
	it('makes a kubeadm member and an env-file member one cluster when their lists agree', () => {
		const list = 'node1=https://10.20.0.11:2380,node2=https://10.20.0.12:2380';
		const manifest = parseDocument(manifestUri, kubeadm.replace('--initial-cluster=node1=https://10.20.0.11:2380', `--initial-cluster=${list}`));
		const env = parseDocument('file:///etc/kubernetes/manifests/node2.env', `ETCD_NAME=node2\nETCD_INITIAL_CLUSTER=${list}\nETCD_INITIAL_ADVERTISE_PEER_URLS=https://10.20.0.12:2380\nETCD_INITIAL_CLUSTER_TOKEN=other\n`);
		const index = indexClusters([manifest, env]);
		assert.deepEqual(siblingsOf(index, env.uri).map(d => d.uri), [manifestUri]);
		const mismatch = problemsOf(env, {}, siblingsOf(index, env.uri)).find(p => p.rule.id === 'cluster-token-mismatch');
		assert.ok(mismatch, 'the env file is checked against the manifest\'s container');
	});
});
