import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export const extensionId = 'etcd-config.etcd-config';

/** Polls until `probe` returns something other than undefined, or fails with the last value seen. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
			last = 'undefined';
		} catch (error) {
			last = error instanceof Error ? error.message : error;
		}
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

export function workspaceUri(path: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('the tests need a workspace folder');
	return vscode.Uri.joinPath(folder.uri, path);
}

export async function open(path: string): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument(workspaceUri(path));
	await vscode.window.showTextDocument(document);
	return document;
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
	const code = diagnostic.code;
	return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function diagnostics(document: vscode.TextDocument, rule?: string): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'etcd' && (rule === undefined || codeOf(d) === rule));
}

export function waitForDiagnostic(document: vscode.TextDocument, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic> {
	return waitFor(`a ${rule} diagnostic on ${vscode.workspace.asRelativePath(document.uri)}`, () => diagnostics(document, rule)[0], timeoutMs);
}

export function waitForNoDiagnostic(document: vscode.TextDocument, rule: string): Promise<true> {
	return waitFor(`no ${rule} diagnostic on ${vscode.workspace.asRelativePath(document.uri)}`, () => diagnostics(document, rule).length === 0 ? true : undefined);
}

/** Where `needle` starts in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
	const at = document.getText().indexOf(needle);
	if (at < 0) throw new Error(`${needle} is not in ${document.uri.path}`);
	return document.positionAt(at + offset);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
	return hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : content.value)).join('\n');
}

/** Polls the hover until it contains `expected`: settings and restarts reach the server asynchronously. */
export function waitForHover(document: vscode.TextDocument, position: vscode.Position, expected: string): Promise<string> {
	return waitFor(`a hover containing ${JSON.stringify(expected)}`, async () => {
		const text = await hoverText(document, position);
		if (text.includes(expected)) return text;
		throw new Error(text || 'no hover');
	});
}

/** The code actions of a range, their edits resolved as the light bulb resolves the one chosen (codeAction/resolve). */
export async function codeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
	const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range, undefined, 100);
	return actions.filter((action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
}

/** Applies the edit of the first code action whose title starts with `title`, as the light bulb would. */
export async function applyFix(document: vscode.TextDocument, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
	const action = await waitFor(`a code action "${title}…"`, async () => (await codeActions(document, range)).find(a => a.title.startsWith(title)));
	if (!action.edit) throw new Error(`${action.title} carries no edit`);
	if (!await vscode.workspace.applyEdit(action.edit)) throw new Error(`${action.title}: VS Code refused the edit`);
	return action;
}

export async function replaceText(document: vscode.TextDocument, search: string, replacement: string): Promise<void> {
	const start = positionOf(document, search);
	const edit = new vscode.WorkspaceEdit();
	edit.replace(document.uri, new vscode.Range(start, document.positionAt(document.offsetAt(start) + search.length)), replacement);
	if (!await vscode.workspace.applyEdit(edit)) throw new Error('VS Code refused the edit');
}

/**
 * Puts back `original` and saves it: VS Code saves the files of a multi-file refactoring on its own
 * (`files.refactoring.autoSave`), so after a cross-file fix a revert alone may bring back the edited text.
 */
export async function restore(document: vscode.TextDocument, original: string): Promise<void> {
	if (document.getText() !== original) {
		const edit = new vscode.WorkspaceEdit();
		edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
		if (!await vscode.workspace.applyEdit(edit)) throw new Error('VS Code refused the edit');
	}
	if (document.isDirty && !await document.save()) throw new Error(`could not save ${document.uri.path}`);
}

/** Undoes our edits so that the next test finds the file as it is on disk. */
export async function revert(document: vscode.TextDocument): Promise<void> {
	await vscode.window.showTextDocument(document);
	await vscode.commands.executeCommand('workbench.action.files.revert');
	await waitFor('the file reverted', () => document.isDirty ? undefined : true);
}

/**
 * The language servers this extension host started: vscode-languageclient passes its own pid to the server
 * as --clientProcessId, so a /proc scan finds ours and no other window's.
 */
export function serverPids(): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let argv: string[];
		try {
			argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (argv.some(arg => arg.endsWith('dist/server.js')) && argv.includes(`--clientProcessId=${process.pid}`)) pids.push(Number(entry));
	}
	return pids;
}

/** Changes an `etcd.*` setting of the workspace and waits until VS Code has taken it. */
export async function setSetting(section: string, value: unknown): Promise<void> {
	const changed = new Promise<void>(resolve => {
		const listener = vscode.workspace.onDidChangeConfiguration(event => {
			if (event.affectsConfiguration(`etcd.${section}`)) {
				listener.dispose();
				resolve();
			}
		});
	});
	if (registered(`etcd.${section}`)) {
		await vscode.workspace.getConfiguration('etcd').update(section, value, vscode.ConfigurationTarget.Workspace);
	} else {
		// VS Code refuses to write a setting no extension declares, but reads one from settings.json all the same.
		const file = workspaceUri('.vscode/settings.json');
		const settings = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, unknown>;
		settings[`etcd.${section}`] = value;
		await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(settings, null, '\t')));
	}
	await changed;
}

function registered(key: string): boolean {
	const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { contributes?: { configuration?: { properties?: object } } } | undefined;
	return key in (manifest?.contributes?.configuration?.properties ?? {});
}

/**
 * A carrier's `--heartbeat-interval=100ms` (a unit's, a manifest's): an error on `100ms`, a hover on the flag, and
 * "Write 100" fixing it; the file is written back as it was.
 */
export async function checkDurationFix(document: vscode.TextDocument, fixedLine: RegExp): Promise<void> {
	const original = document.getText();
	const invalid = await waitForDiagnostic(document, 'invalid-value');
	assert.equal(invalid.severity, vscode.DiagnosticSeverity.Error);
	assert.equal(document.getText(invalid.range), '100ms');
	assert.match(await hoverText(document, positionOf(document, '--heartbeat-interval', 4)), /\*\*--heartbeat-interval\*\*/);
	await applyFix(document, invalid.range, 'Write 100');
	await waitForNoDiagnostic(document, 'invalid-value');
	assert.match(document.getText(), fixedLine);
	await restore(document, original);
}
