// Writes one `etcd.rules.<id>` setting per rule into package.json, from the rule registry (built by tsc into
// out/) and the first paragraph of each rule's section in docs/rules.md. Run after adding a rule:
//   npx tsc -p . && node scripts/generateRuleSettings.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { rules } = createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'engine', 'rules', 'index.js'));
const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

/** The paragraph after the "Default severity" line of a rule's section, on one line. */
function summary(id) {
	const section = docs.split(/^## /m).find(s => s.startsWith(id + '\n'));
	if (!section) throw new Error(`docs/rules.md has no section for ${id}`);
	const paragraphs = section.split(/\n\s*\n/).map(p => p.trim().replace(/\s+/g, ' '));
	return paragraphs.find(p => !p.startsWith(id) && !p.startsWith('Default severity')) ?? '';
}

const manifestPath = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const properties = manifest.contributes.configuration.properties;
for (const key of Object.keys(properties)) if (key.startsWith('etcd.rules.')) delete properties[key];
for (const rule of rules) {
	properties[`etcd.rules.${rule.id}`] = {
		type: 'string',
		enum: ['off', 'hint', 'information', 'warning', 'error'],
		default: rule.severity,
		scope: 'resource',
		markdownDescription: `**${rule.id}**: ${summary(rule.id)}`,
	};
}
writeFileSync(manifestPath, JSON.stringify(manifest, null, '\t') + '\n');
console.log(`wrote ${rules.length} rule settings`);
