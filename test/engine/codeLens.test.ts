import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { indexClusters, siblingsOf } from '../../server/src/engine/cluster/index';
import { codeLenses } from '../../server/src/engine/features/codeLens';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';
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
