import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { codeLenses } from '../../server/src/engine/features/codeLens';
import type { PatroniDocument } from '../../server/src/engine/model/patroniDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { parsePatroni } from '../../server/src/engine/parse/parsePatroni';
import { documentContext } from '../../server/src/engine/validate/context';
import { contextOf } from '../engineContext';
import { repoRoot } from '../fixtures';
import { realworldRoot } from '../realworld';

/** The lens of every member of a real-world set, by member. */
function lenses(set: string, members: readonly string[]): Record<string, string | undefined> {
	const docs = members.map(member => {
		const path = join(realworldRoot, 'patroni-guide-debian', set, member, 'etc', 'default', 'etcd');
		return parseDocument(pathToFileURL(path).toString(), readFileSync(path, 'utf8'));
	});
	const index = indexClusters(docs);
	return Object.fromEntries(docs.map((doc, i) => [members[i], codeLenses(doc, contextOf(doc, { version: '3.4' }, siblingsOf(index, doc.uri)))[0]?.command?.title]));
}

describe('the cluster lens tells one story in every file', () => {
	it('a fourth member that joined: four members everywhere, and they agree', () => {
		const titles = lenses('four-join', ['db1', 'db2', 'db3', 'db4']);
		assert.deepEqual(new Set(Object.values(titles)), new Set(['4 members · quorum 3 · tolerates 1 failure · 4 of 4 with a file here · files: db1, db2, db3, db4 · they agree']));
	});
	it('a fourth member that lists pg3 at a wrong address: they disagree, in pg1 as in pg4', () => {
		const titles = lenses('four-join-wrong-pg3', ['pg1', 'pg2', 'pg3', 'pg4']);
		assert.deepEqual(new Set(Object.values(titles)), new Set(['4 members · quorum 3 · tolerates 1 failure · 4 of 4 with a file here · files: pg1, pg2, pg3, pg4 · they disagree']));
	});
	it('a fourth member that still says new: they disagree everywhere', () => {
		const titles = lenses('four-join-left-new', ['node1', 'node2', 'node3', 'node4']);
		assert.equal(new Set(Object.values(titles)).size, 1);
		assert.match(titles.node1!, /they disagree$/);
	});
});

describe('the cluster lens names the Patroni nodes that talk to the cluster', () => {
	const folder = join(repoRoot, 'examples', 'pg-cluster');
	const nodes = ['pg1', 'pg2', 'pg3'];
	const members = nodes.map(node => parseDocument(pathToFileURL(join(folder, node, 'etcd')).toString(), readFileSync(join(folder, node, 'etcd'), 'utf8')));
	const patroni = nodes.map(node => parsePatroni(pathToFileURL(join(folder, node, 'patroni.yml')).toString(), readFileSync(join(folder, node, 'patroni.yml'), 'utf8'), 'yaml'));
	const lensOf = (locale: 'en' | 'ru', files: readonly PatroniDocument[]) =>
		codeLenses(members[0], documentContext(members[0], { version: '3.5', locale }, members.slice(1), () => files))[0].command!;

	it('in English and in Russian, and its list offers their patroni.yml files after the members\' files', () => {
		const en = lensOf('en', patroni);
		assert.equal(en.title, '3 members · quorum 2 · tolerates 1 failure · 3 of 3 with a file here · files: pg1, pg2, pg3 · they agree · Patroni: pg1, pg2, pg3');
		assert.deepEqual(en.arguments, [[...members, ...patroni].map(file => file.uri)]);
		assert.equal(lensOf('ru', patroni).title, '3 узла · кворум 2 · переживёт отказ 1 узла · файлы есть у 3 из 3 · файлы: pg1, pg2, pg3 · файлы согласованы · узлы Patroni: pg1, pg2, pg3');
	});

	it('says nothing of Patroni where no Patroni file talks to the cluster', () => {
		assert.doesNotMatch(lensOf('en', []).title, /Patroni/);
		assert.equal(lensOf('en', []).arguments?.[0].length, 3);
	});
});
