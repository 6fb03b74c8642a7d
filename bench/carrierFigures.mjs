// Start-up and memory with systemd units open: the "hard way" set of three units (test/fixtures/units/hard-way).
// Units open in plain text, as VS Code opens them without a systemd extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSession } from './lspSession.mjs';
import { stats } from './measure.mjs';

const root = join(import.meta.dirname, '..');
const server = join(root, 'dist', 'server.js');
const units = ['etcd-infra0.service', 'etcd-infra1.service', 'etcd-infra2.service'].map(name => {
	const path = join(root, 'test', 'fixtures', 'units', 'hard-way', name);
	return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
});

export async function carrierFigures({ coldRuns = 10 } = {}) {
	const firstDiagnostics = [], openToDiagnostics = [];
	for (let i = 0; i < coldRuns; i++) {
		const session = startSession(server);
		await session.initialize({ capabilities: {} });
		const opened = await session.open(units[0].uri, 'plaintext', units[0].text);
		firstDiagnostics.push(opened.sinceSpawn * 1000);
		openToDiagnostics.push(opened.ms * 1000);
		await session.stop();
	}
	const session = startSession(server);
	await session.initialize({ capabilities: {} });
	for (const unit of units) await session.open(unit.uri, 'plaintext', unit.text);
	const rssUnitsMb = session.rss();
	await session.stop();
	return { firstDiagnostics: stats(firstDiagnostics), openToDiagnostics: stats(openToDiagnostics), rssUnitsMb };
}
