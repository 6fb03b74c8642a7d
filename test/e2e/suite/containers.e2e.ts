import assert from 'node:assert/strict';
import { test } from './harness';
import { checkDurationFix, diagnostics, hoverText, open, positionOf, waitForDiagnostic } from './helpers';

test('kubeadm\'s static pod stays YAML and gets etcd\'s checks, hover and fixes on its command items', async () => {
	const document = await open('kubeadm/manifests/etcd.yaml');
	assert.equal(document.languageId, 'yaml');
	await checkDurationFix(document, /\n {4}- --heartbeat-interval=100\n/);
});

test('a Deployment that does not run etcd is left alone, ETCD_* variables or not', async () => {
	const web = await open('kubeadm/manifests/web.yaml');
	await new Promise(resolve => setTimeout(resolve, 1000));
	assert.deepEqual(diagnostics(web), [], 'the server read a manifest without an etcd container');
});

test('a compose file\'s services are one cluster: a timing one service alone sets is found on its entry', async () => {
	const document = await open('compose/compose.yaml');
	const mismatch = await waitForDiagnostic(document, 'timing-mismatch');
	assert.equal(document.getText(mismatch.range), '500');
	assert.match(await hoverText(document, positionOf(document, 'ETCD_ELECTION_TIMEOUT', 4)), /\*\*ETCD_ELECTION_TIMEOUT\*\*/);
});
