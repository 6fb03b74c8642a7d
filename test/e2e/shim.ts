// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }), where no VS Code
// can be downloaded. It takes the command line test-electron builds
//   --extensionDevelopmentPath=DIR... --extensionTestsPath=PATH --user-data-dir=DIR --extensions-dir=DIR [FOLDER]
// serves the real workbench with code-server, opens it in headless Chromium with the extension-test flags in the
// `payload` URL parameter, relays the extension host's log and exits with the test run's exit code.
// Env: ETCD_E2E_CODE_SERVER (the install folder), ETCD_E2E_TIMEOUT_MS, ETCD_E2E_VERBOSE (relay the workbench's chatter too).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchChromium, startCodeServer, workbenchUrl, type Browser } from './codeServer';

/** The workbench's start-up chatter, and its failing calls to the extension gallery, which is not reachable here. */
const offlineNoise = /^(Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore)|ENOTFOUND open-vsx\.org/;
const verbose = Boolean(process.env.ETCD_E2E_VERBOSE);

interface ShimArgs {
	readonly developmentPaths: string[];
	testsPath?: string;
	userDataDir?: string;
	extensionsDir?: string;
	folder?: string;
}

function parseArgs(argv: readonly string[]): ShimArgs {
	const args: ShimArgs = { developmentPaths: [] };
	for (const arg of argv) {
		const flag = /^--([^=]+)(?:=(.*))?$/.exec(arg);
		if (!flag) {
			args.folder ??= resolve(arg);
			continue;
		}
		const [, name, value = ''] = flag;
		// Electron-only flags (--no-sandbox, --disable-updates, --skip-welcome, ...) mean nothing to the web workbench.
		if (name === 'extensionDevelopmentPath') args.developmentPaths.push(resolve(value));
		else if (name === 'extensionTestsPath') args.testsPath = resolve(value);
		else if (name === 'user-data-dir') args.userDataDir = resolve(value);
		else if (name === 'extensions-dir') args.extensionsDir = resolve(value);
	}
	return args;
}

async function main(): Promise<number> {
	const root = process.env.ETCD_E2E_CODE_SERVER;
	const args = parseArgs(process.argv.slice(2));
	if (!root || !args.userDataDir || !args.testsPath) {
		console.error('shim: needs ETCD_E2E_CODE_SERVER, --user-data-dir and --extensionTestsPath');
		return 2;
	}
	const extensionsDir = args.extensionsDir ?? join(args.userDataDir, 'extensions');
	mkdirSync(join(args.userDataDir, 'User'), { recursive: true });
	const server = await startCodeServer({ root, userDataDir: args.userDataDir, extensionsDir });
	process.once('SIGTERM', () => void server.stop().then(() => process.exit(143)));
	process.once('SIGINT', () => void server.stop().then(() => process.exit(130)));
	let browser: Browser | undefined;
	let code: number | 'timeout' = 1;
	try {
		browser = await launchChromium();
		const page = browser.context.pages()[0] ?? await browser.context.newPage();
		// The web workbench reports through these two globals when it runs extension tests.
		const exited = new Promise<number>(done => void page.exposeFunction('codeAutomationExit', (exitCode: number) => done(exitCode)));
		await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
			const line = format(...args);
			if (verbose || !offlineNoise.test(line)) (type === 'error' ? console.error : console.log)(line);
		});
		await page.goto(workbenchUrl(server.authority, { folder: args.folder, developmentPaths: args.developmentPaths, testsPath: args.testsPath }));
		const timeoutMs = Number(process.env.ETCD_E2E_TIMEOUT_MS ?? 300_000);
		code = await Promise.race([exited, new Promise<'timeout'>(done => setTimeout(() => done('timeout'), timeoutMs).unref())]);
		if (code === 'timeout') console.error(`shim: the workbench did not finish the tests within ${timeoutMs} ms`);
	} finally {
		await browser?.close();
		await server.stop();
	}
	if (code !== 0) console.error(`shim: code-server output:\n${server.output()}`);
	return typeof code === 'number' ? code : 1;
}

main().then(code => process.exit(code), (error: unknown) => {
	console.error('shim:', error);
	process.exit(1);
});
