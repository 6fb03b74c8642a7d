import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseEnvFile } from '../../server/src/engine/parsers/envFile';
import { suiteFiles, type CorpusFile } from './envCorpus';
import { envFileBytes } from './envFileGenerator';
import { ourView } from './systemdModel';
import { oracleAvailable, oracleOnFile, oracleOnFiles, type SystemdView } from './systemdOracle';

/*
 * Our env parser against systemd 252's own (../shared/systemd-oracle, which calls libsystemd-shared): for every
 * env file of the suites and for 10,000 generated ones, the variables etcd gets (in order), the assignments systemd
 * drops, the words `$DAEMON_ARGS` becomes and whether the file loads at all must be the same. systemd's answer is
 * asked each time, never written down.
 */

const available = oracleAvailable();
if (!available) {
	console.warn('SYSTEMD DIFFERENTIAL SUITE SKIPPED: out/systemd_env is not built (npm run oracle; needs gcc and Debian 12\'s libsystemd-shared)');
	if (process.env.CI) throw new Error('the systemd oracle is not built, and CI must run the systemd differential suite');
}

const generatedCount = 10_000;
const seed = 20_252;

/** Where the two readings differ, in words; undefined when they agree. */
function difference(ours: SystemdView, systemd: SystemdView): string | undefined {
	for (const field of ['loaded', 'env', 'ignored', 'argv'] as const) {
		const [a, b] = [JSON.stringify(ours[field]), JSON.stringify(systemd[field])];
		if (a !== b) return `${field}: ours ${a}\n  systemd ${b}`;
	}
	return undefined;
}

describe('systemd 252 reads env files as our parser does', { skip: !available && 'the systemd oracle is not built' }, () => {
	let directory = '';
	let unit: SystemdView;
	const lanes = Math.max(1, Math.min(4, availableParallelism()));

	before(() => {
		directory = mkdtempSync(join(tmpdir(), 'systemd-diff-'));
		writeFileSync(join(directory, 'empty'), '');
		unit = oracleOnFile(join(directory, 'empty'));
	});
	after(() => rmSync(directory, { recursive: true, force: true }));

	function written(files: readonly CorpusFile[], prefix: string): string[] {
		return files.map((file, i) => {
			const path = join(directory, `${prefix}-${i}`);
			writeFileSync(path, file.bytes);
			return path;
		});
	}

	/** Writes the files, asks systemd about all of them, and lists every disagreement. */
	async function compare(files: readonly CorpusFile[], prefix: string): Promise<{ found: string[]; views: SystemdView[] }> {
		const views = await oracleOnFiles(written(files, prefix), lanes);
		const found = files.flatMap((file, i) => {
			const found = difference(ourView(file.bytes, unit), views[i]);
			return found ? [`${file.name} ${JSON.stringify(Buffer.from(file.bytes).toString('utf8'))}\n  ${found}`] : [];
		});
		return { found, views };
	}

	it('the batch driver answers exactly as the oracle started once per file', async () => {
		const files = [...suiteFiles().slice(0, 20), ...fc.sample(envFileBytes, { seed, numRuns: 40 }).map(bytes => ({ name: '', bytes }))];
		const paths = written(files, 'single');
		assert.deepEqual(await oracleOnFiles(paths, lanes), paths.map(oracleOnFile));
	});

	it('every env file of the suites (fixtures, examples, grammar tests, differential suites, saved fuzz inputs)', async t => {
		const files = suiteFiles();
		t.diagnostic(`${files.length} suite files`);
		assert.ok(files.length >= 60, `only ${files.length} suite files`);
		assert.deepEqual((await compare(files, 'suite')).found, []);
	});

	it(`${generatedCount.toLocaleString('en')} generated files, biased toward the constructs that read differently`, { timeout: 300_000 }, async t => {
		const started = Date.now();
		const files = fc.sample(envFileBytes, { seed, numRuns: generatedCount }).map((bytes, i) => ({ name: `generated #${i}`, bytes }));
		const { found, views } = await compare(files, 'generated');
		t.diagnostic(`${files.length} generated files compared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		assert.deepEqual(found.slice(0, 10), [], `${found.length} of ${files.length} generated files read differently`);
		// The comparison is only worth something if the files met the tricky cases often.
		const share = (test: (view: SystemdView, file: CorpusFile) => boolean) => views.filter((view, i) => test(view, files[i])).length / views.length;
		const swallowingComment = (file: CorpusFile) => parseEnvFile(Buffer.from(file.bytes).toString('utf8')).nodes.some(node => node.kind === 'comment' && node.swallowed);
		const shares = {
			'not loaded': share(view => !view.loaded),
			'with dropped assignments': share(view => view.ignored.length > 0),
			'with values over several lines': share(view => view.env.some(([, value]) => /[\r\n]/.test(value))),
			'with several DAEMON_ARGS words': share(view => view.argv.length > 2),
			'with a comment going on over a line end': share((_, file) => swallowingComment(file)),
			'with a byte-order mark': share((_, file) => file.bytes[0] === 0xef && file.bytes[1] === 0xbb),
		};
		t.diagnostic(Object.entries(shares).map(([what, part]) => `${(part * 100).toFixed(0)} % ${what}`).join(', '));
		for (const [what, part] of Object.entries(shares)) assert.ok(part >= 0.05, `only ${(part * 100).toFixed(1)} % of the files ${what}`);
	});
});
