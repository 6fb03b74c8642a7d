import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { checkDurationFix, diagnostics, open, waitFor, waitForDiagnostic, workspaceUri } from './helpers';

test('a systemd unit that runs etcd keeps its language and gets etcd\'s checks, hover and fixes', async () => {
	const document = await open('units/etcd.service');
	assert.notEqual(document.languageId, 'etcd', 'the unit was taken into the etcd language');
	await checkDurationFix(document, / {2}--heartbeat-interval=100\n/);
});

test('"Convert to environment file" turns a unit\'s flags into the env file of its EnvironmentFile=', async () => {
	await open('units/etcd.service');
	await vscode.commands.executeCommand('etcd.convertToEnv');
	const env = await waitFor('the converted environment file', () => {
		const document = vscode.window.activeTextEditor?.document;
		return document?.isUntitled && document.languageId === 'etcd' ? document : undefined;
	});
	assert.match(env.getText(), /^ETCD_NAME="infra0"$/m);
	assert.match(env.getText(), /^ETCD_INITIAL_CLUSTER="infra0=https:\/\/10\.241\.0\.10:2380,/m);
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('a unit that runs something else is left alone', async () => {
	const other = await open('units/postgresql.service');
	await new Promise(resolve => setTimeout(resolve, 1000));
	assert.deepEqual(diagnostics(other), [], 'the server read a unit that does not run etcd');
});

test('a unit and the env file its EnvironmentFile= loads are one member: linked, and an option in both is found', async () => {
	const unit = await open('units/guide/etcd.service');
	const clash = await waitForDiagnostic(unit, 'flag-and-variable');
	assert.equal(unit.getText(clash.range), '--name pg1');
	const envUri = workspaceUri('units/guide/etcd.env').toString();
	assert.deepEqual(clash.relatedInformation?.map(info => [info.location.uri.toString(), info.location.range.start.line]), [[envUri, 0]]);
	const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', unit.uri);
	assert.deepEqual(links.map(link => [unit.getText(link.range), link.target?.with({ fragment: '' }).toString()]), [['/etc/etcd/etcd.env', envUri]]);
});
