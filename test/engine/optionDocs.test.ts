import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docFor } from '../../server/src/engine/l10n/optionDocs';
import { docsEn } from '../../server/src/engine/l10n/optionDocs.en';
import { allOptions } from '../../server/src/engine/etcd/options';

describe('option explanations', () => {
	it('exist for every option in the table, with summary, details and example', () => {
		const missing = allOptions().filter(option => {
			const doc = docFor(option.name);
			return !doc || doc.summary.trim() === '' || doc.details.trim() === '' || doc.example.trim() === '';
		}).map(option => option.name);
		assert.deepEqual(missing, []);
	});

	it('name no option the table does not have', () => {
		const names = new Set(allOptions().map(option => option.name));
		assert.deepEqual(Object.keys(docsEn).filter(name => !names.has(name)), []);
	});

	it('never repeat the summary as details', () => {
		assert.deepEqual(Object.entries(docsEn).filter(([, doc]) => doc.details.startsWith(doc.summary)).map(([name]) => name), []);
	});

	it('tell the truth about initial-cluster-state: a restart ignores it', () => {
		const text = `${docFor('initial-cluster-state')?.summary} ${docFor('initial-cluster-state')?.details}`;
		assert.match(text, /WAL|data dir/i);
		assert.match(text, /existing/);
	});
});
