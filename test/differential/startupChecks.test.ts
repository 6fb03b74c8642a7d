import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { problemsOf } from '../engineContext';
import { caseFile, startupTable, type Placement, type StartupCase, type StartupRow } from '../startup/startupTable';
import { etcdAvailable, runEtcd } from './etcdRunner';
import { runEtcdWithConfigFile } from './yamlRunner';

/*
 * The rows of docs/startup-checks.md that etcd 3.4.23 can show, run with the real binary: each case of a 3.4 row
 * (unless it needs files, DNS, other members or addresses outside loopback) starts etcd, and we must report an
 * error at target 3.4.23 exactly when etcd refuses. Loopback addresses 127.0.4.x and ports 34000-34999 are this
 * suite's own.
 */

const available = etcdAvailable();
if (!available && process.env.CI) throw new Error('the etcd binary is missing, and CI must run the differential suite');

function placement(index: number): Placement {
	const base = 34000 + (index % 200) * 4;
	return { ip: `127.0.4.${(index % 250) + 1}`, client: base, peer: base + 1, extra: base + 2, metrics: base + 3 };
}

/** The cases 3.4.23 can show: of rows etcd 3.4.23 has, for every 3.4 release or this one, not marked otherwise. */
function shown(row: StartupRow): StartupCase[] {
	const facts = row.versions['3.4'];
	if (!facts || facts.at3423?.startsWith('absent')) return [];
	return row.cases.filter(c => c.real !== false && (!c.at || c.at.includes('3.4.23')));
}

const runs = startupTable.rows.flatMap(row => shown(row).map(testCase => ({ row, testCase })));

describe('etcd 3.4.23 refuses exactly the docs/startup-checks.md cases we call errors at 3.4.23', { skip: !available && 'etcd not installed', concurrency: 6 }, () => {
	const verdicts: boolean[] = [];
	// Both verdicts in plenty, or the suite proves nothing.
	after(() => {
		assert.ok(verdicts.filter(Boolean).length >= 80, `etcd started only ${verdicts.filter(Boolean).length} cases`);
		assert.ok(verdicts.filter(v => !v).length >= 80, `etcd refused only ${verdicts.filter(v => !v).length} cases`);
	});
	runs.forEach(({ row, testCase }, index) => {
		const file = caseFile(row, testCase, placement(index));
		it(`${row.id} #${row.cases.indexOf(testCase) + 1} (${row.versions['3.4'].cite[0]})`, { timeout: 30_000 }, async () => {
			const errors = problemsOf(parseDocument(file.uri, file.text), { version: '3.4.23' }).filter(f => f.severity === 'error');
			const etcd = file.yaml ? await runEtcdWithConfigFile(file.text, 4500) : await runEtcd(file.text, 4500);
			const ours = errors.map(f => `${f.rule.id}: ${f.problem.message}`);
			verdicts.push(etcd.started);
			if (etcd.started) assert.deepEqual(ours, [], `etcd 3.4.23 started with:\n${file.text}`);
			else assert.ok(ours.length > 0, `etcd 3.4.23 refused (exit ${etcd.exitCode}) but we report no error:\n${file.text}\n${etcd.tail}`);
		});
	});
	it('runs every 3.4 row that the binary can show', () => {
		assert.ok(new Set(runs.map(r => r.row.id)).size >= 100, `${new Set(runs.map(r => r.row.id)).size} rows`);
	});
});
