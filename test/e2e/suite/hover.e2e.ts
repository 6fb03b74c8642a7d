import assert from 'node:assert/strict';
import { test } from './harness';
import { open, positionOf, setSetting, waitForHover } from './helpers';

test('hover on ETCD_INITIAL_CLUSTER_STATE shows our documentation', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	const text = await waitForHover(document, positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 5), '**ETCD_INITIAL_CLUSTER_STATE**');
	assert.match(text, /`--initial-cluster-state`/);
	assert.match(text, /`existing`/);
	assert.match(text, /Default in 3\.5/);
	assert.match(text, /\[etcd 3\.5 documentation\]\(https:\/\/etcd\.io\//);
});

/*
 * The display language itself is not switched here: VS Code applies argv.json's "locale": "ru" only with the Russian
 * language pack installed, which the offline e2e setup cannot fetch, and without it `vscode.env.language` stays `en`.
 * etcd.language reaches the same server code (the locale that `initialize` would carry), so it is what we drive.
 */
test('etcd.language = ru turns the hover Russian at once, and auto brings English back', async () => {
	const document = await open('pg-cluster/pg3/etcd');
	const key = positionOf(document, 'ETCD_INITIAL_CLUSTER_STATE=', 5);
	await waitForHover(document, key, 'Default in 3.5');
	await setSetting('language', 'ru');
	try {
		const text = await waitForHover(document, key, 'По умолчанию в 3.5');
		assert.match(text, /\*\*ETCD_INITIAL_CLUSTER_STATE\*\*/);
		assert.match(text, /Тип: одно из `new`, `existing`/);
		assert.match(text, /\[Документация etcd 3\.5\]\(https:\/\/etcd\.io\//);
	} finally {
		await setSetting('language', undefined);
	}
	await waitForHover(document, key, 'Default in 3.5');
});
