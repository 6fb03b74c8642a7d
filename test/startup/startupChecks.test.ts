import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { rules } from '../../server/src/engine/rules';
import type { EtcdVersionSpec } from '../../server/src/engine/etcd/versions';
import { problemsOf } from '../engineContext';
import { caseFile, casePlan, enginePlacement, startupTable, type Expectation, type StartupCase, type StartupRow } from './startupTable';

/*
 * One test per row of docs/startup-checks.json and release: each case of the row, put into a one-member file, gives
 * what the row says at that release. The test name carries the line of etcd's source the row cites.
 */

/** What the engine says about a case at a release, against what the row expects. */
function verdict(row: StartupRow, testCase: StartupCase, release: string, expect: Expectation): string | undefined {
	const file = caseFile(row, testCase, enginePlacement);
	const found = problemsOf(parseDocument(file.uri, file.text), { version: release as EtcdVersionSpec });
	const own = found.filter(f => row.rules?.includes(f.rule.id));
	const errors = found.filter(f => f.severity === 'error');
	const ok = {
		error: own.some(f => f.severity === 'error'),
		clean: errors.length === 0,
		warning: own.length > 0 && errors.length === 0,
		quiet: own.every(f => f.severity !== 'error'),
	}[expect];
	if (ok) return undefined;
	const said = found.map(f => `  ${f.severity} ${f.rule.id}: ${f.problem.message}`).join('\n') || '  (nothing)';
	return `${release}, expected ${expect} from ${row.rules?.join('/') ?? 'no rule'}:\n${file.text}we say:\n${said}`;
}

describe('docs/startup-checks.json: every row, at every release it names, gives what etcd does', () => {
	for (const row of startupTable.rows) {
		const plans = row.cases.flatMap(testCase => casePlan(row, testCase).map(plan => ({ ...plan, testCase })));
		const releases = [...new Set(plans.map(plan => plan.release))];
		for (const release of releases) {
			const minor = release.split('.').slice(0, 2).join('.');
			const cite = row.versions[minor]?.cite[0] ?? Object.values(row.versions)[0].cite[0];
			it(`${row.id} at ${release} (${cite})`, () => {
				const wrong = plans.filter(plan => plan.release === release).flatMap(plan => verdict(row, plan.testCase, release, plan.expect) ?? []);
				assert.deepEqual(wrong, []);
			});
		}
	}
});

describe('docs/startup-checks.json itself', () => {
	const ids = new Set(rules.map(rule => rule.id));
	it('gives every row a rule or the reason none covers it, and names only rules that exist', () => {
		for (const row of startupTable.rows) {
			assert.ok((row.rules?.length ?? 0) > 0 || (row.reason ?? '').length > 10, `${row.id}: no rule and no reason`);
			for (const id of row.rules ?? []) assert.ok(ids.has(id), `${row.id} names ${id}, which is no rule`);
		}
	});
	it('covers every refusal that does not depend on the world with a rule and an error case in every version it holds for', () => {
		const missing = startupTable.rows.filter(r => !r.world).flatMap(row => Object.entries(row.versions).flatMap(([minor, facts]) => {
			if (!['exit-1', 'exit-2', 'panic'].includes(facts.outcome ?? row.outcome)) return [];
			const shown = (row.rules?.length ?? 0) > 0 && row.cases.some(c => c.expect === 'error' && (!c.at || c.at.some(at => at === minor || at.startsWith(`${minor}.`))));
			return shown ? [] : [`${row.id} ${minor}`];
		}));
		assert.deepEqual(missing, []);
	});
	it('cites etcd\'s source at the release of each version, with a line', () => {
		for (const row of startupTable.rows) {
			for (const [minor, facts] of Object.entries(row.versions)) {
				assert.match(facts.since, new RegExp(`^${minor.replace('.', '\\.')}\\.\\d+$`), row.id);
				for (const cite of facts.cite) assert.match(cite, /^v3\.[4-7]\.\d+:[\w./-]+\.go:\d+$/, `${row.id} ${cite}`);
			}
		}
	});
});
