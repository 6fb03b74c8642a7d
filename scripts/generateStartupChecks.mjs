// Writes docs/startup-checks.md from docs/startup-checks.json (the table of truth the tests read).
// Usage: node scripts/generateStartupChecks.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStartupTable, startupChecksMarkdown, startupCounts } from './startupChecks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const table = readStartupTable(root);
writeFileSync(join(root, 'docs', 'startup-checks.md'), startupChecksMarkdown(table));
for (const c of startupCounts(table)) console.log(`${c.minor}: ${c.rows} rows, ${c.covered} covered by a rule; ${c.refusals} refusals, ${c.refusalsCovered} covered`);
