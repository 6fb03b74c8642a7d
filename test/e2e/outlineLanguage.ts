// What only the workbench shows: the Outline view follows etcd.language both ways. VS Code asks for symbols again only
// after an edit, so the extension host's API cannot see the bug; the Outline pane in code-server's workbench can.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, startCodeServer, workbenchUrl } from './codeServer';
import type { Host } from './host';
import { makeWorkspace, writeUserSettings } from './workspace';

/** Problems found (none when the outline shows Member, then Узел under ru, then Member again under en). */
export async function outlineFollowsLanguage(host: Host, repo: string, runDir: string): Promise<string[]> {
	const dir = join(runDir, 'outline');
	makeWorkspace(repo, dir, false);
	const workspace = join(dir, 'pg-cluster');
	const settings = join(workspace, '.vscode', 'settings.json');
	mkdirSync(join(workspace, '.vscode'));
	writeFileSync(settings, '{}\n');
	const userDataDir = join(dir, 'user-data');
	writeUserSettings(userDataDir);
	const server = await startCodeServer({ root: host.env.ETCD_E2E_CODE_SERVER, userDataDir, extensionsDir: join(dir, 'extensions') });
	const browser = await launchChromium({ width: 1100, height: 800 });
	try {
		const page = browser.context.pages()[0] ?? await browser.context.newPage();
		await page.goto(workbenchUrl(server.authority, { folder: workspace, developmentPaths: [repo] }));
		await openPg3(page);
		await page.locator('.pane-header', { hasText: 'Outline' }).click();
		const problems: string[] = [];
		for (const [language, group] of [['en', 'Member'], ['ru', 'Узел'], ['en', 'Member']]) {
			writeFileSync(settings, JSON.stringify({ 'etcd.language': language }));
			if (!await outlineShows(page, group)) problems.push(`under ${language} the outline does not show ${group}: ${(await outlineRows(page)).join(' | ')}`);
		}
		return problems;
	} finally {
		await browser.close();
		await server.stop();
	}
}

async function openPg3(page: Page): Promise<void> {
	await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
	await page.keyboard.press('Control+P');
	await page.waitForSelector('.quick-input-widget input:focus');
	await page.keyboard.type('pg3/etcd');
	await page.waitForSelector('.quick-input-list .monaco-list-row');
	await page.keyboard.press('Enter');
	await page.waitForSelector('.monaco-editor .view-lines .view-line');
}

function outlineRows(page: Page): Promise<string[]> {
	return page.locator('.outline-pane .monaco-list-row').allInnerTexts();
}

async function outlineShows(page: Page, group: string): Promise<boolean> {
	for (const started = Date.now(); Date.now() - started < 15_000; await page.waitForTimeout(250)) {
		if ((await outlineRows(page)).some(row => row.startsWith(group))) return true;
	}
	return false;
}
