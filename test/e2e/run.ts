// The end-to-end tests: the extension inside a real VS Code (a downloaded one, or code-server's workbench in
// headless Chromium where nothing can be downloaded), started through @vscode/test-electron's runTests, then the
// packaged .vsix installed into that VS Code; in code-server, what only the workbench shows (the Outline view).
// Usage: node out/e2e/run.js [extension|workbench|package]...
// CI=true turns "cannot run here" into a failure; elsewhere it is a loud skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cacheRoot, findHost, type Host } from './host';
import { outlineFollowsLanguage } from './outlineLanguage';
import type { Results } from './suite/harness';
import { maxVsixBytes, packageProblems, unreachableImages, vsixEntries, vsixText } from './vsix';
import { makeWorkspace, writeUserSettings } from './workspace';

const repo = resolve(__dirname, '..', '..');
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';

interface Tally {
	passed: number;
	failed: number;
}

async function main(): Promise<number> {
	const started = Date.now();
	const chosen = process.argv.slice(2);
	const wants = (suite: string) => chosen.length === 0 || chosen.includes(suite);
	const cache = cacheRoot();
	const runDir = mkdtempSync(join(tmpdir(), 'etcd-e2e-'));
	// VS Code, code-server and Chromium write their side files here, not into the home directory.
	for (const [name, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
		process.env[name] = join(runDir, 'xdg', sub);
	}
	for (const built of ['dist/client.js', 'dist/server.js']) {
		if (!existsSync(join(repo, built))) throw new Error(`${built} is missing: build first (npm run build)`);
	}
	const host = await findHost(repo, cache, runDir);
	if (host.kind === 'none') {
		rmSync(runDir, { recursive: true, force: true });
		return skipped(host.reasons);
	}
	console.log(`e2e: ${host.description}`);
	const tally: Tally = { passed: 0, failed: 0 };
	if (wants('extension')) await extensionSuite(host, runDir, tally);
	if (wants('workbench') && host.kind === 'code-server') {
		record(tally, 'the Outline view follows etcd.language to Russian and back', await outlineFollowsLanguage(host, repo, runDir));
	}
	if (wants('package')) await packageSuite(host, runDir, tally);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (tally.failed === 0) rmSync(runDir, { recursive: true, force: true });
	else console.error(`e2e: the failed run's profiles and logs are in ${runDir}`);
	console.log(`e2e finished in ${seconds} s`);
	console.log(`e2e: ${tally.passed} passed, ${tally.failed} failed`);
	return tally.failed === 0 && tally.passed > 0 ? 0 : 1;
}

function skipped(reasons: readonly string[]): number {
	const banner = '!'.repeat(100);
	const lines = [banner, `!!! END-TO-END TESTS ${ci ? 'CANNOT RUN (CI=true: this is a failure)' : 'SKIPPED'}: no VS Code to run them in`,
		...reasons.map(reason => `!!!   ${reason}`), '!!! See .ci/run for what they need (Debian: chromium, ripgrep, build-essential, ...).', banner];
	console.error(lines.join('\n'));
	return ci ? 1 : 0;
}

async function extensionSuite(host: Host, runDir: string, tally: Tally): Promise<void> {
	await vscodeSuite(host, join(runDir, 'extension'), {
		developmentPath: repo,
		testsPath: join(__dirname, 'suite', 'index.js'),
	}, tally);
}

/** npm run package, then the .vsix installed into a fresh profile and checked from inside VS Code. */
async function packageSuite(host: Host, runDir: string, tally: Tally): Promise<void> {
	const dir = join(runDir, 'package');
	const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
	const vsix = join(repo, `etcd-config-${version}.vsix`);
	rmSync(vsix, { force: true });
	try {
		const pack = spawnSync('npm', ['run', 'package'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		const problems = pack.status !== 0 ? [`npm run package failed:\n${pack.stdout}${pack.stderr}`] : [
			...packageProblems(vsixEntries(vsix), statSync(vsix).size),
			...unreachableImages(vsixText(vsix, 'extension/readme.md')).map(url => `the README's image ${url} is not rewritten to https`),
		];
		record(tally, `npm run package builds a complete .vsix under ${maxVsixBytes / 1024} KB (${existsSync(vsix) ? `${(statSync(vsix).size / 1024).toFixed(0)} KB` : 'none'})`, problems);
		if (problems.length > 0) return;
		const profile = { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions') };
		mkdirSync(profile.extensionsDir, { recursive: true });
		host.installExtension(vsix, profile);
		await vscodeSuite(host, dir, { developmentPath: join(repo, 'test', 'e2e', 'probe'), testsPath: join(__dirname, 'packaged', 'index.js') }, tally);
	} finally {
		// npm run package leaves the minified build in dist/: put the development build back.
		spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' });
	}
}

function record(tally: Tally, name: string, problems: readonly string[]): void {
	if (problems.length === 0) {
		tally.passed++;
		console.log(`  ✔ ${name}`);
	} else {
		tally.failed++;
		console.error(`  ✖ ${name}\n${problems.map(p => `      ${p}`).join('\n')}`);
	}
}

interface Suite {
	readonly developmentPath: string;
	readonly testsPath: string;
}

/** One VS Code window on a fresh profile and workspace, driven by test-electron's runTests. */
async function vscodeSuite(host: Host, dir: string, suite: Suite, tally: Tally): Promise<void> {
	const workspace = join(dir, 'workspace');
	const userDataDir = join(dir, 'user-data');
	const extensionsDir = join(dir, 'extensions');
	const resultsFile = join(dir, 'results.json');
	makeWorkspace(repo, workspace);
	writeUserSettings(userDataDir);
	mkdirSync(extensionsDir, { recursive: true });
	let runError: unknown;
	try {
		await runTests({
			vscodeExecutablePath: host.executable,
			extensionDevelopmentPath: suite.developmentPath,
			extensionTestsPath: suite.testsPath,
			launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
			extensionTestsEnv: { ...host.env, ETCD_E2E_RESULTS: resultsFile, ETCD_E2E_EXTENSIONS_DIR: extensionsDir },
		});
	} catch (error) {
		runError = error;
	}
	if (!existsSync(resultsFile)) {
		record(tally, `the tests in ${suite.testsPath} ran`, [`no results (${runError instanceof Error ? runError.message : 'VS Code exited'})`]);
		return;
	}
	const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
	tally.passed += results.passed.length;
	tally.failed += results.failed.length;
	if (runError && results.failed.length === 0) record(tally, 'VS Code exited cleanly', [String(runError)]);
}

main().then(code => process.exit(code), (error: unknown) => {
	console.error('e2e:', error);
	process.exit(1);
});
