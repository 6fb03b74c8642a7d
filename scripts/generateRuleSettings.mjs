// Writes one `etcd.rules.<id>` setting per rule into package.json, from the rule registry (built by tsc into
// out/), with its description in package.nls.json (the first paragraph of the rule's section in docs/rules.md)
// and package.nls.ru.json (l10n/ruleSummaries.ru.json). Fails when a rule has no Russian summary. Run after
// adding a rule:
//   npx tsc -p . && node scripts/generateRuleSettings.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleSettingsFiles } from './ruleSettings.mjs';

const root = join(import.meta.dirname, '..');
const { rules, ...files } = ruleSettingsFiles(root);
for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
console.log(`wrote ${rules} rule settings`);
