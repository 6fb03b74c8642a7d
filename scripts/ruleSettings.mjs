// Computes, without writing anything, the three files that carry the `etcd.rules.<id>` settings: package.json
// (one setting per rule, its description a `%rule.<id>%` placeholder), package.nls.json (the English summary, the
// first paragraph of the rule's section in docs/rules.md) and package.nls.ru.json (the Russian summary from
// l10n/ruleSummaries.ru.json, written by hand because a translation of docs prose needs a person, not a script).
// Kept apart from the writer so the registry test can regenerate in memory and compare with what is committed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The paragraph after the "Default severity" line of a rule's section, on one line. */
function summary(docs, id) {
	const section = docs.split(/^## /m).find(s => s.startsWith(id + '\n'));
	if (!section) throw new Error(`docs/rules.md has no section for ${id}`);
	const paragraphs = section.split(/\n\s*\n/).map(p => p.trim().replace(/\s+/g, ' '));
	return paragraphs.find(p => !p.startsWith(id) && !p.startsWith('Default severity')) ?? '';
}

const json = value => JSON.stringify(value, null, '\t') + '\n';

/** Replaces the `rule.*` keys of a package.nls file by the given ones, keeping every other key in its place. */
function withRuleKeys(catalogue, ruleTexts) {
	const kept = Object.entries(catalogue).filter(([key]) => !key.startsWith('rule.'));
	return { ...Object.fromEntries(kept), ...ruleTexts };
}

/** The text of package.json, package.nls.json and package.nls.ru.json as the generator writes them. */
export function ruleSettingsFiles(root) {
	const read = path => readFileSync(join(root, path), 'utf8');
	const { ruleRegistry: rules } = createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'engine', 'rules', 'index.js'));
	const docs = read(join('docs', 'rules.md'));
	const russian = JSON.parse(read(join('l10n', 'ruleSummaries.ru.json')));

	const ids = rules.map(rule => rule.id);
	const missing = ids.filter(id => typeof russian[id] !== 'string' || russian[id].trim() === '');
	if (missing.length > 0) throw new Error(`l10n/ruleSummaries.ru.json has no Russian summary for ${missing.join(', ')}`);
	const stale = Object.keys(russian).filter(id => !ids.includes(id));
	if (stale.length > 0) throw new Error(`l10n/ruleSummaries.ru.json has summaries for rules that do not exist: ${stale.join(', ')}`);

	const manifest = JSON.parse(read('package.json'));
	// The Settings UI shows one section per entry: the rules have theirs, below the general settings.
	const section = manifest.contributes.configuration.find(entry => entry.id === 'etcd.rules');
	if (!section) throw new Error('package.json has no configuration section with id etcd.rules');
	const properties = section.properties = {};
	for (const rule of rules) {
		properties[`etcd.rules.${rule.id}`] = {
			type: 'string',
			enum: ['off', 'hint', 'information', 'warning', 'error'],
			default: rule.severity,
			scope: 'resource',
			markdownDescription: `%rule.${rule.id}%`,
		};
	}
	const english = Object.fromEntries(ids.map(id => [`rule.${id}`, `**${id}**: ${summary(docs, id)}`]));
	const translated = Object.fromEntries(ids.map(id => [`rule.${id}`, russian[id]]));
	return {
		'package.json': json(manifest),
		'package.nls.json': json(withRuleKeys(JSON.parse(read('package.nls.json')), english)),
		'package.nls.ru.json': json(withRuleKeys(JSON.parse(read('package.nls.ru.json')), translated)),
		rules: rules.length,
	};
}
