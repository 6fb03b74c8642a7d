import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { collectFiles } from '../../server/src/cli/files';
import { composeEnvFilesIn, composeFoldersOf } from '../../server/src/composeFiles';
import { documentContext, indexClusters, parseDocument, recogniseFile, siblingsOf, validate } from '../../server/src/engine';
import { realworldFiles, realworldRoot, type ExpectedFinding, type RealworldFile } from '../realworld';

/*
 * The real-world regression suite (test/fixtures/realworld, see its README): the files are found and read as the
 * CLI finds and reads them (the directory scan, compose's env files, the clusters they form), each checked for the
 * etcd version it is written for, and the findings compared with what the manifest says a careful reader expects.
 */

const severities = ['', 'error', 'warning', 'information', 'hint'] as const;
const files = realworldFiles();
const configs = files.filter(file => file.format !== 'not-etcd-config');
const pathOf = (file: RealworldFile) => join(realworldRoot, file.path);

interface Checked {
	readonly file: RealworldFile;
	readonly diagnostics: readonly Diagnostic[];
}

/** Every etcd config of the suite, checked against the other files of its cluster. */
function checkSuite(): Checked[] {
	const byCompose = composeEnvFilesIn(configs.flatMap(file => composeFoldersOf(resolve(pathOf(file)))));
	const docs = configs.map(file => parseDocument(pathToFileURL(pathOf(file)).toString(), readFileSync(pathOf(file), 'utf8'), { composeEnvFile: byCompose.has(resolve(pathOf(file))) }));
	const clusters = indexClusters(docs);
	return configs.map((file, i) => ({ file, diagnostics: validate(docs[i], documentContext(docs[i], { version: file.etcdVersion }, siblingsOf(clusters, docs[i].uri))) }));
}

const severityOf = (diagnostic: Diagnostic) => severities[diagnostic.severity ?? 1];
const lineOf = (diagnostic: Diagnostic) => diagnostic.range.start.line + 1;
const matches = (expected: ExpectedFinding, diagnostic: Diagnostic) => severityOf(diagnostic) === expected.severity && (expected.anyLine || lineOf(diagnostic) === expected.line);
const shown = (file: RealworldFile, diagnostic: Diagnostic) => `${file.path}:${lineOf(diagnostic)} ${severityOf(diagnostic)} ${String(diagnostic.code)}: ${diagnostic.message}`;

describe('the real-world regression suite', () => {
	const checked = checkSuite();

	it(`holds at least 60 files (it holds ${files.length})`, () => {
		assert.ok(files.length >= 60);
	});

	it('the directory scan finds every etcd config and nothing else', () => {
		const found = collectFiles([realworldRoot]).filter(c => recogniseFile(c.relative, readFileSync(c.path, 'utf8'), c.named) === 'etcd-config');
		assert.deepEqual(found.map(c => c.relative).sort(), configs.map(file => file.path).sort());
	});

	it('never reads another tool\'s file as an etcd config, even one named on the command line', () => {
		const misread = files.filter(file => file.format === 'not-etcd-config' && recogniseFile(file.path, readFileSync(pathOf(file), 'utf8'), true) === 'etcd-config');
		assert.deepEqual(misread.map(file => file.path), []);
	});

	it('reports no error the manifest does not expect at that line', () => {
		const unexpected = checked.flatMap(({ file, diagnostics }) => diagnostics
			.filter(d => severityOf(d) === 'error' && !file.expected.some(e => e.severity === 'error' && matches(e, d))).map(d => shown(file, d)));
		assert.deepEqual(unexpected, []);
	});

	it('reports every expected error and every expected warning that is not optional, at its line', () => {
		const missing = checked.flatMap(({ file, diagnostics }) => file.expected
			.filter(e => !e.optional && (e.severity === 'error' || e.severity === 'warning') && !diagnostics.some(d => matches(e, d)))
			.map(e => `${file.path}:${e.line} ${e.severity}: ${e.what}`));
		assert.deepEqual(missing, []);
	});

	it('points an expected error at the other files it names', () => {
		const unrelated = checked.flatMap(({ file, diagnostics }) => file.expected.filter(e => e.severity === 'error' && e.related).flatMap(e => {
			const found = diagnostics.filter(d => matches(e, d));
			const others = e.related!.filter(r => r.path !== file.path);
			const pointsAt = (r: { path: string; line: number }) => found.some(d => d.relatedInformation?.some(info =>
				info.location.uri === pathToFileURL(join(realworldRoot, r.path)).toString() && info.location.range.start.line + 1 === r.line));
			return others.filter(r => !pointsAt(r)).map(r => `${file.path}:${e.line} → ${r.path}:${r.line}`);
		}));
		assert.deepEqual(unrelated, []);
	});

	it('states its figures', t => {
		const count = (severity: string) => checked.reduce((sum, { diagnostics }) => sum + diagnostics.filter(d => severityOf(d) === severity).length, 0);
		t.diagnostic(`${files.length} files (${configs.length} etcd configs): ${count('error')} errors, ${count('warning')} warnings, ${count('information')} information`);
	});
});

