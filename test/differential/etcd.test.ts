import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { cases } from './etcdCases';
import { etcdAvailable, runEtcd } from './etcdRunner';
import { diagnose } from '../engineContext';

/*
 * Single-member configurations started with the real etcd (Debian's 3.4): every configuration etcd refuses
 * must get at least one error from us, and every configuration it starts must get none. etcd's verdict is
 * taken from running it each time, never written down.
 */

const available = etcdAvailable();
if (!available) {
	console.warn('DIFFERENTIAL SUITE SKIPPED: etcd binary not found (apt-get install -y etcd-server)');
	if (process.env.CI) throw new Error('the etcd binary is missing, and CI must run the differential suite');
}

function errorsOf(text: string): string[] {
	return diagnose(parseDocument('file:///diff/etcd', text), { version: '3.4.23' })
		.filter(d => d.severity === DiagnosticSeverity.Error).map(d => `${d.code}: ${d.message}`);
}

describe('configurations etcd refuses get an error from us, and only those', { skip: !available && 'etcd not installed', concurrency: 4 }, () => {
	const verdicts: boolean[] = [];
	// The corpus is only worth something if etcd both starts and refuses plenty of it.
	after(() => {
		assert.ok(verdicts.filter(Boolean).length >= 15, `etcd started only ${verdicts.filter(Boolean).length} configurations`);
		assert.ok(verdicts.filter(v => !v).length >= 15, `etcd refused only ${verdicts.filter(v => !v).length} configurations`);
	});
	Object.entries(cases).forEach(([name, template], index) => {
		it(name, { timeout: 20_000 }, async () => {
			const text = template.replace(/@IP@/g, `127.0.98.${index + 1}`).replace(/@C@/g, String(21000 + index * 2)).replace(/@P@/g, String(21001 + index * 2));
			const ours = errorsOf(text);
			const etcd = await runEtcd(text);
			verdicts.push(etcd.started);
			if (etcd.started) assert.deepEqual(ours, [], 'etcd started with this configuration, so we must report no error');
			else assert.ok(ours.length > 0, `etcd refused it (exit ${etcd.exitCode}) but we report no error:\n${etcd.tail}`);
		});
	});

	it('covers at least 40 configurations, refused and started alike', () => {
		assert.ok(Object.keys(cases).length >= 40);
	});
});
