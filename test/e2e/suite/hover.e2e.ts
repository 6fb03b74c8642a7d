import assert from 'node:assert/strict';
import { test } from './harness';
import { open, positionOf, waitForHover } from './helpers';

test('hover on ETCD_INITIAL_CLUSTER_STATE shows our documentation', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	const text = await waitForHover(document, positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 5), '**ETCD_INITIAL_CLUSTER_STATE**');
	assert.match(text, /`--initial-cluster-state`/);
	assert.match(text, /`existing`/);
	assert.match(text, /Default in 3\.5/);
	assert.match(text, /\[etcd 3\.5 documentation\]\(https:\/\/etcd\.io\//);
});
