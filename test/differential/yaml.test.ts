import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { etcdAvailable } from './etcdRunner';
import { yamlCases } from './yamlCases';
import { runEtcdWithConfigFile } from './yamlRunner';
import { diagnose } from '../engineContext';

/*
 * YAML files given to the real etcd 3.4 as `--config-file`: every file etcd refuses must get at least one error
 * from us, and every file it starts must get none. Each case carries the verdict etcd gave; one suite checks that
 * etcd still gives it (run each time), the other that our errors agree with it, so the engine side runs even where
 * etcd is not installed.
 */

const available = etcdAvailable();
if (!available) {
	console.warn('DIFFERENTIAL YAML SUITE: ETCD PART SKIPPED, etcd binary not found (apt-get install -y etcd-server)');
	if (process.env.CI) throw new Error('the etcd binary is missing, and CI must run the differential suite');
}

/** 200 ports for this run below the ephemeral range, picked at random: on a shared machine two runs of the suite may overlap. */
function randomPortBase(): number {
	return 24000 + 200 * Math.floor(Math.random() * 40);
}
const portBase = randomPortBase();

/** The case's own loopback address (127.0.0.60–99 belong to this suite) and ports no other case uses. */
function render(yaml: string, index: number, ports = portBase): string {
	const client = ports + index * 2;
	return yaml.replace(/@IP@/g, `127.0.0.${60 + (index % 40)}`).replace(/@C@/g, String(client)).replace(/@P@/g, String(client + 1));
}

/** Every diagnostic we report, as `severity code: message`, so a disagreement shows what we said instead. */
function diagnosticsOf(text: string): string[] {
	return diagnose(parseDocument('file:///diff/etcd.conf.yml', text), { version: '3.4.23' })
		.map(d => `${d.severity === DiagnosticSeverity.Error ? 'error' : `severity ${d.severity}`} ${d.code}: ${d.message}`);
}

describe('etcd 3.4 gives each YAML file the recorded verdict', { skip: !available && 'etcd not installed', concurrency: 6 }, () => {
	yamlCases.forEach((testCase, index) => {
		it(testCase.name, { timeout: 20_000 }, async () => {
			let etcd = await runEtcdWithConfigFile(render(testCase.yaml, index));
			// Ports held by another run are no verdict on the file: try fresh ones.
			for (let retry = 0; retry < 3 && /bind: address already in use/.test(etcd.tail); retry++) {
				etcd = await runEtcdWithConfigFile(render(testCase.yaml, index, randomPortBase()));
			}
			const verdict = etcd.started ? 'starts' : 'refuses';
			assert.equal(verdict, testCase.etcd, `recorded: ${testCase.etcd} (${testCase.why}); etcd now ${verdict}, exit ${etcd.exitCode}:\n${etcd.tail}`);
		});
	});
});

describe('YAML files etcd refuses get an error from us, and only those', () => {
	yamlCases.forEach((testCase, index) => {
		it(testCase.name, () => {
			const ours = diagnosticsOf(render(testCase.yaml, index));
			const errors = ours.filter(line => line.startsWith('error '));
			if (testCase.etcd === 'starts') assert.deepEqual(errors, [], `etcd starts with this file (${testCase.why}), so we must report no error`);
			else assert.ok(errors.length > 0, `etcd refuses this file (${testCase.why}), but we report no error; we report:\n${ours.join('\n') || '(nothing)'}`);
		});
	});

	// The corpus is only worth something if etcd both starts and refuses plenty of it.
	it('covers at least 25 files, 10 started and 10 refused at least', () => {
		assert.ok(yamlCases.length >= 25, `only ${yamlCases.length} files`);
		assert.ok(yamlCases.filter(c => c.etcd === 'starts').length >= 10);
		assert.ok(yamlCases.filter(c => c.etcd === 'refuses').length >= 10);
		assert.equal(new Set(yamlCases.map(c => c.name)).size, yamlCases.length, 'case names must be unique');
	});
});
