import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { clusterOptions, clusterSignature } from '../../server/src/engine/cluster/signature';
import { allOptions, atVersion, existsIn } from '../../server/src/engine/etcd/options';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { diagnose } from '../engineContext';
import { repoRoot } from '../fixtures';

/*
 * The server re-checks a cluster's other files after an edit only when the edited file's cluster signature changed.
 * That is right only if no cross-file rule reads an option outside clusterOptions: every other option is changed in
 * one member here, and the other members must be told exactly what they were told before.
 */

const members = (folder: string) => ['pg1', 'pg2', 'pg3'].map(name => ({ name, text: readFileSync(join(repoRoot, 'examples', folder, name, 'etcd'), 'utf8') }));

function findings(docs: readonly ConfigDocument[], index: number): string {
	return JSON.stringify(diagnose(docs[index], { version: '3.5' }, docs.filter((_, i) => i !== index)));
}

/** A value of the option that etcd reads, and another one: a change of the option, whichever the file had. */
function someValue(name: string): string {
	const option = allOptions().find(o => o.name === name)!;
	const fallback = atVersion(option.defaultValue, '3.5') ?? '';
	return fallback === '' ? 'x' : `${fallback}0`;
}

describe('the cluster signature', () => {
	for (const folder of ['pg-cluster', 'broken']) {
		it(`covers what the cross-file rules read (examples/${folder}: every other option changed in pg1)`, () => {
			const files = members(folder);
			const parse = (texts: string[]) => texts.map((text, i) => parseDocument(`file:///sig/${files[i].name}/etcd`, text));
			const before = parse(files.map(f => f.text));
			const told = [1, 2].map(i => findings(before, i));
			const others = allOptions().filter(o => existsIn(o, '3.5') && !clusterOptions.includes(o.name) && o.name !== 'config-file');
			for (const option of others) {
				const changed = parse([`${files[0].text}${option.env}="${someValue(option.name)}"\n`, files[1].text, files[2].text]);
				assert.equal(clusterSignature(changed[0]), clusterSignature(before[0]), option.env);
				assert.deepEqual([1, 2].map(i => findings(changed, i)), told, `${option.env} in pg1 changed what pg2 and pg3 are told`);
			}
		});
	}

	it('changes with each cluster option and with where it stands', () => {
		const [pg1] = members('pg-cluster');
		const base = clusterSignature(parseDocument('file:///s/etcd', pg1.text));
		for (const name of clusterOptions) {
			const option = allOptions().find(o => o.name === name)!;
			assert.notEqual(clusterSignature(parseDocument('file:///s/etcd', `${pg1.text}${option.env}="changed"\n`)), base, name);
		}
		assert.notEqual(clusterSignature(parseDocument('file:///s/etcd', `# a line above\n${pg1.text}`)), base);
		assert.equal(clusterSignature(parseDocument('file:///s/etcd', `${pg1.text}# a line below\nETCD_SNAPSHOT_COUNT=5\n`)), base);
	});
});
