// Screenshots for the README, taken in the real workbench (code-server in headless Chromium, driven by Playwright):
// the hover on ETCD_INITIAL_CLUSTER_STATE, the cluster's code lens, value completion, the Problems panel on a broken
// pg3 and the quick-fix menu.
// Usage: npm run screenshots (writes docs/images/*.png).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, startCodeServer, workbenchUrl } from './codeServer';
import { cacheRoot, findHost } from './host';
import { makeWorkspace, writeUserSettings } from './workspace';

const repo = resolve(__dirname, '..', '..');
const images = join(repo, 'docs', 'images');
const file = 'pg3/etcd';

async function main(): Promise<void> {
	const cache = cacheRoot();
	const runDir = mkdtempSync(join(tmpdir(), 'etcd-screenshots-'));
	for (const [name, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
		process.env[name] = join(runDir, 'xdg', sub);
	}
	process.env.ETCD_E2E_VSCODE = 'offline';
	const host = await findHost(repo, cache, runDir);
	if (host.kind !== 'code-server') throw new Error(`no code-server: ${host.kind === 'none' ? host.reasons.join('; ') : host.kind}`);
	// The example as the user keeps it, opened as the folder itself: the Explorer shows pg1, pg2, pg3.
	makeWorkspace(repo, runDir, false);
	const workspace = join(runDir, 'pg-cluster');
	const userDataDir = join(runDir, 'user-data');
	writeUserSettings(userDataDir, { 'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'workbench.activityBar.location': 'hidden', 'window.commandCenter': false });
	const server = await startCodeServer({ root: host.env.ETCD_E2E_CODE_SERVER, userDataDir, extensionsDir: join(runDir, 'extensions') });
	const browser = await launchChromium({ width: 1100, height: 640 });
	try {
		const page = browser.context.pages()[0] ?? await browser.context.newPage();
		await page.goto(workbenchUrl(server.authority, { folder: workspace, developmentPaths: [repo] }));
		mkdirSync(images, { recursive: true });
		await openFile(page, file);
		await hover(page);
		await codeLens(page);
		await completion(page);
		await breakAdvertiseUrl(page, readFileSync(join(workspace, file), 'utf8'));
		await problems(page);
		await quickFix(page);
		console.log(`screenshots written to ${images}`);
	} finally {
		await browser.close();
		await server.stop();
		rmSync(runDir, { recursive: true, force: true });
	}
}

/** Everything below the title bar, which only says "[Extension Development Host]". */
async function shoot(page: Page, name: string): Promise<void> {
	const viewport = page.viewportSize();
	const titleBar = await page.locator('.part.titlebar').boundingBox();
	if (!viewport) throw new Error('no viewport');
	const top = titleBar ? titleBar.y + titleBar.height : 0;
	await page.screenshot({ path: join(images, name), clip: { x: 0, y: top, width: viewport.width, height: viewport.height - top } });
}

async function openFile(page: Page, path: string): Promise<void> {
	await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
	await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
	await page.keyboard.press('Control+P');
	await page.waitForSelector('.quick-input-widget input:focus');
	await page.keyboard.type(path);
	await page.waitForSelector('.quick-input-list .monaco-list-row');
	await page.keyboard.press('Enter');
	await page.waitForSelector('.monaco-editor .view-lines .view-line');
	// The language server's first diagnostic (the state-new reminder, a hint: dots under the value) says the extension is up.
	await page.waitForSelector('.monaco-editor .squiggly-hint', { timeout: 30_000 });
}

async function hover(page: Page): Promise<void> {
	const key = page.locator('.monaco-editor .view-line span span', { hasText: 'ETCD_INITIAL_CLUSTER_STATE' }).first();
	const box = await key.boundingBox();
	if (!box) throw new Error('ETCD_INITIAL_CLUSTER_STATE is not on screen');
	const contents = page.locator('.monaco-hover .hover-contents', { hasText: '--initial-cluster-state' }).first();
	for (let attempt = 0; !await contents.isVisible(); attempt++) {
		if (attempt === 20) throw new Error('no hover on ETCD_INITIAL_CLUSTER_STATE');
		await page.mouse.move(box.x + 10 + attempt, box.y + box.height / 2);
		await page.waitForTimeout(250);
	}
	await shoot(page, 'hover.png');
	await page.mouse.move(1, 1);
}

/** The lens above ETCD_INITIAL_CLUSTER: members, quorum, failures tolerated, the files that form the cluster. */
async function codeLens(page: Page): Promise<void> {
	await page.locator('.monaco-editor .codelens-decoration', { hasText: 'quorum' }).first().waitFor({ timeout: 30_000 });
	await shoot(page, 'codelens.png');
}

/** A new line at the end, ETCD_QUOTA_BACKEND_BYTES=, and the values offered there; then the line goes again. */
async function completion(page: Page): Promise<void> {
	await page.keyboard.press('Control+End');
	await page.keyboard.type('ETCD_QUOTA_BACKEND_BYTES=');
	await page.keyboard.press('Control+Space');
	await page.locator('.suggest-widget .monaco-list-row', { hasText: '2147483648' }).first().waitFor();
	await page.waitForTimeout(300);
	await shoot(page, 'completion.png');
	await page.keyboard.press('Escape');
	for (let i = 0; i < 'ETCD_QUOTA_BACKEND_BYTES='.length; i++) await page.keyboard.press('Backspace');
}

/** Types the user's mistake into pg3, as a person would: .204 becomes .203 in its advertised peer URL. */
async function breakAdvertiseUrl(page: Page, text: string): Promise<void> {
	const lines = text.split('\n');
	const line = lines.findIndex(l => l.startsWith('ETCD_INITIAL_ADVERTISE_PEER_URLS='));
	const column = lines[line].indexOf('204');
	await page.keyboard.press('Control+G');
	await page.waitForSelector('.quick-input-widget input:focus');
	await page.keyboard.type(`${line + 1}:${column + 1}`);
	await page.keyboard.press('Enter');
	for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.type('203');
	await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
}

async function problems(page: Page): Promise<void> {
	await page.keyboard.press('Control+Shift+M');
	await page.locator('.markers-panel .monaco-list-row', { hasText: 'advertise-peer-mismatch' }).first().waitFor();
	await shoot(page, 'problems.png');
}

async function quickFix(page: Page): Promise<void> {
	await page.keyboard.press('Control+1');
	await page.keyboard.press('Control+.');
	await page.locator('.action-widget', { hasText: 'Advertise' }).waitFor();
	await page.waitForTimeout(300);
	await shoot(page, 'quickfix.png');
	await page.keyboard.press('Escape');
}

main().catch((error: unknown) => {
	console.error('screenshots:', error);
	process.exit(1);
});
