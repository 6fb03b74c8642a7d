import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { repoRoot } from '../fixtures';
import { startupTable } from './startupTable';

describe('docs/startup-checks.md', () => {
	it('is exactly what scripts/generateStartupChecks.mjs writes from docs/startup-checks.json', async () => {
		const { startupChecksMarkdown } = await import(pathToFileURL(join(repoRoot, 'scripts', 'startupChecks.mjs')).href);
		assert.equal(readFileSync(join(repoRoot, 'docs', 'startup-checks.md'), 'utf8'), startupChecksMarkdown(startupTable), 'stale: run node scripts/generateStartupChecks.mjs');
	});
	it('lists every row with its citations and its rule or reason, and closes with the rows per version', () => {
		const doc = readFileSync(join(repoRoot, 'docs', 'startup-checks.md'), 'utf8');
		for (const row of startupTable.rows) {
			const section = doc.split(/^### /m).find(s => s.startsWith(`${row.id}\n`)) ?? '';
			assert.ok(section, row.id);
			for (const cite of Object.values(row.versions).flatMap(v => v.cite)) assert.ok(section.includes(cite), `${row.id} cites ${cite}`);
			assert.match(section, row.rules ? /\*\*Rule\*\*/ : /\*\*No rule\*\*/, row.id);
		}
		assert.match(doc, /## Rows per version[\s\S]*\| 3\.4 \| 3\.4\.45 \| \d+ \| \d+ \|/);
	});
});
