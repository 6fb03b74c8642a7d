import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { docsEn } from '../../server/src/engine/l10n/optionDocs.en';
import { rules } from '../../server/src/engine/rules';
import { clusterRules } from '../../server/src/engine/rules/clusterRules';
import { repoRoot } from '../fixtures';
import { refusalWords, refusedOptions } from './refusalClaims';
import { startupTable } from './startupTable';

const minors = ['3.4', '3.5', '3.6', '3.7'];

/** The sentences of a text that claim a refusal, each with the minor versions it names (none: any). */
function claims(text: string): { sentence: string; versions: string[] }[] {
	return text.split(/(?<=[.!?])\s+|\n+/).filter(sentence => refusalWords.test(sentence) && !/systemd/.test(sentence))
		.map(sentence => ({ sentence, versions: minors.filter(v => new RegExp(`\\b${v.replace('.', '\\.')}(?![.\\d])`).test(sentence)) }));
}

describe('what the docs say etcd refuses, a rule reports', () => {
	it('every hover text that says etcd refuses something about its option: an error case of a covered row sets that option, in the versions the sentence names', () => {
		const refused = refusedOptions();
		const unbacked = Object.entries(docsEn).flatMap(([name, doc]) => claims(`${doc.summary}\n${doc.details}`).flatMap(({ sentence, versions }) => {
			const shown = refused.get(name);
			const ok = shown !== undefined && (versions.length === 0 ? shown.size > 0 : versions.some(v => shown.has(v)));
			return ok ? [] : [`${name}: ${sentence}`];
		}));
		assert.deepEqual(unbacked, []);
	});
	it('every docs/rules.md section that says etcd refuses something belongs to a rule the table names for a refusal', () => {
		const docs = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');
		const named = new Set(startupTable.rows.filter(row => ['exit-1', 'exit-2', 'panic'].includes(row.outcome)).flatMap(row => row.rules ?? []));
		// A sentence may speak of another rule's refusal (`missing-advertise-client` says so); the cluster rules judge
		// several files at once, where the table judges one member.
		const cluster = new Set(clusterRules.map(rule => rule.id));
		const unbacked = rules.filter(rule => !named.has(rule.id) && !cluster.has(rule.id)).flatMap(rule => {
			const section = docs.split(/^## /m).find(s => s.startsWith(`${rule.id}\n`)) ?? '';
			return claims(section).filter(({ sentence }) => ![...sentence.matchAll(/`([a-z][a-z0-9-]+)`/g)].some(m => named.has(m[1]))).map(({ sentence }) => `${rule.id}: ${sentence}`);
		});
		assert.deepEqual(unbacked, []);
	});
});
