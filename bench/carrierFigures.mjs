// Start-up and memory with systemd units open: the "hard way" set of three units (test/fixtures/units/hard-way),
// in plain text as VS Code opens them without a systemd extension; and with kubeadm's static pod manifest
// (test/fixtures/containers/kubeadm/etcd.yaml) in YAML, alone and beside a unit.
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

const manifestPath = join(root, 'test', 'fixtures', 'containers', 'kubeadm', 'etcd.yaml');
const manifest = { uri: pathToFileURL(manifestPath).toString(), text: readFileSync(manifestPath, 'utf8') };

/** Cold starts: spawn → first diagnostics of one file, and didOpen → its diagnostics. */
async function coldOpens(file, language, coldRuns) {
	const firstDiagnostics = [], openToDiagnostics = [];
	for (let i = 0; i < coldRuns; i++) {
		const session = startSession(server);
		await session.initialize({ capabilities: {} });
		const opened = await session.open(file.uri, language, file.text);
		firstDiagnostics.push(opened.sinceSpawn * 1000);
		openToDiagnostics.push(opened.ms * 1000);
		await session.stop();
	}
	return { firstDiagnostics: stats(firstDiagnostics), openToDiagnostics: stats(openToDiagnostics) };
}

/** The server's resident memory with these files open. */
async function rssWith(files) {
	const session = startSession(server);
	await session.initialize({ capabilities: {} });
	for (const { file, language } of files) await session.open(file.uri, language, file.text);
	const rss = session.rss();
	await session.stop();
	return rss;
}

export async function carrierFigures({ coldRuns = 10 } = {}) {
	const unit = await coldOpens(units[0], 'plaintext', coldRuns);
	const pod = await coldOpens(manifest, 'yaml', coldRuns);
	return {
		...unit,
		rssUnitsMb: await rssWith(units.map(file => ({ file, language: 'plaintext' }))),
		manifest: pod,
		rssManifestAndUnitMb: await rssWith([{ file: manifest, language: 'yaml' }, { file: units[0], language: 'plaintext' }]),
	};
}
