import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cases } from './etcdCases';
import { etcdAvailable, runEtcd } from './etcdRunner';
import { bothVerdicts, errorsAt3423 } from './verdicts';

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

describe('configurations etcd refuses get an error from us, and only those', { skip: !available && 'etcd not installed', concurrency: 4 }, () => {
	// The corpus is only worth something if etcd both starts and refuses plenty of it.
	const verdicts = bothVerdicts('configurations', 15);
	Object.entries(cases).forEach(([name, template], index) => {
		it(name, { timeout: 20_000 }, async () => {
			const text = template.replace(/@IP@/g, `127.0.98.${index + 1}`).replace(/@C@/g, String(21000 + index * 2)).replace(/@P@/g, String(21001 + index * 2));
			const ours = errorsAt3423('file:///diff/etcd', text);
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
