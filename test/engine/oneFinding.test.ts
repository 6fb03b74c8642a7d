import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { codeActions } from '../../server/src/engine/features/codeActions';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { clusterDocs, exampleCluster } from '../rules/clusterTest';
import { contextOf, diagnose } from '../engineContext';

/** pg3 of the example cluster with one change, and its findings and code actions. */
function pg3With(change: (text: string) => string): { doc: ConfigDocument; siblings: ConfigDocument[]; diagnostics: Diagnostic[] } {
	const files = exampleCluster();
	const docs = clusterDocs({ ...files, pg3: change(files.pg3) });
	const siblings = [docs.pg1, docs.pg2];
	return { doc: docs.pg3, siblings, diagnostics: diagnose(docs.pg3, {}, siblings) };
}

function actionsOnLine(doc: ConfigDocument, siblings: ConfigDocument[], line: number): CodeAction[] {
	return codeActions(doc, { range: { start: { line, character: 0 }, end: { line, character: 999 } } }, contextOf(doc, {}, siblings));
}

const lineOf = (doc: ConfigDocument, key: string) => doc.text.split('\n').findIndex(text => text.startsWith(`${key}=`));

describe('one finding per mistake', () => {
	it('one wrong advertised IP: advertise-peer-mismatch speaks, the two other findings are its related information', () => {
		const { doc, siblings, diagnostics } = pg3With(text => text.replace('ADVERTISE_PEER_URLS="http://192.168.45.204', 'ADVERTISE_PEER_URLS="http://192.168.45.203'));
		const line = lineOf(doc, 'ETCD_INITIAL_ADVERTISE_PEER_URLS');
		const here = diagnostics.filter(d => d.range.start.line === line);
		assert.deepEqual(here.map(d => d.code), ['advertise-peer-mismatch']);
		const related = here[0].relatedInformation!.map(r => r.message);
		assert.ok(related.some(m => /nothing here answers at that address/.test(m)), related.join('\n'));
		assert.ok(related.some(m => /pg1 and pg2 list pg3 at/.test(m)), related.join('\n'));
		const actions = actionsOnLine(doc, siblings, line);
		const ignores = actions.filter(a => a.title.startsWith('Ignore'));
		assert.deepEqual(ignores.map(a => a.title), ['Ignore advertise-peer-mismatch, advertise-not-served, peer-url-disagreement on this line']);
		const edits = actions.filter(a => a.edit).map(a => JSON.stringify(a.edit));
		assert.equal(new Set(edits).size, edits.length, 'no two actions make the same edit');
	});

	it('one suppression silences the speaker and what it explains', () => {
		const { doc, siblings } = pg3With(text => text.replace('ADVERTISE_PEER_URLS="http://192.168.45.204', 'ADVERTISE_PEER_URLS="http://192.168.45.203'));
		const line = lineOf(doc, 'ETCD_INITIAL_ADVERTISE_PEER_URLS');
		const ignore = actionsOnLine(doc, siblings, line).find(a => a.title.startsWith('Ignore'))!;
		const [edit] = ignore.edit!.changes![doc.uri];
		const lines = doc.text.split('\n');
		lines.splice(line, 0, edit.newText.trimEnd());
		const silenced = parseDocument(doc.uri, lines.join('\n'));
		assert.deepEqual(diagnose(silenced, {}, siblings).filter(d => d.range.start.line === line + 1), []);
	});

	it('blanks after the commas: one error, which names the blanks instead of showing them', () => {
		const { diagnostics } = pg3With(text => text.replace(',pg2=', ', pg2=').replace(',pg3=', ', pg3='));
		const errors = diagnostics.filter(d => d.severity === 1);
		assert.deepEqual(errors.map(d => d.code), ['member-name-blanks']);
		assert.match(String(errors[0].message), /declares pg2 and pg3 with a blank before the name/);
		const listFinding = errors[0].relatedInformation!.map(r => r.message).find(m => m.startsWith('This ETCD_INITIAL_CLUSTER'));
		assert.match(String(listFinding), /has blanks in pg2=http:\/\/192\.168\.45\.202:2380, pg3=http:\/\/192\.168\.45\.204:2380, unlike/);
		assert.doesNotMatch(String(listFinding), / {2}/);
	});

	it('an empty token: one finding; the others are its related information, and the token can be made anew', () => {
		const { doc, siblings, diagnostics } = pg3With(text => text.replace('ETCD_INITIAL_CLUSTER_TOKEN="etcd-cluster-1"', 'ETCD_INITIAL_CLUSTER_TOKEN=""'));
		const line = lineOf(doc, 'ETCD_INITIAL_CLUSTER_TOKEN');
		assert.deepEqual(diagnostics.filter(d => d.range.start.line === line).map(d => d.code), ['cluster-token-mismatch']);
		const titles = actionsOnLine(doc, siblings, line).map(a => a.title);
		assert.equal(titles[0], 'Use \'etcd-cluster-1\' here, like pg1 and pg2');
		assert.ok(!titles.some(t => t.startsWith('Use this file\'s token')), 'etcd\'s default is no token to hand to the others');
		assert.ok(titles.includes('Generate a new cluster token and use it on every member'), titles.join('\n'));
	});

	it('an empty token alone: one warning, whose first fix makes a token', () => {
		const doc = parseDocument('file:///alone/etcd', 'ETCD_NAME=a\nETCD_INITIAL_CLUSTER="a=http://10.0.0.1:2380,b=http://10.0.0.2:2380"\nETCD_INITIAL_CLUSTER_TOKEN=""\n');
		const found = diagnose(doc).filter(d => d.range.start.line === 2);
		assert.deepEqual(found.map(d => d.code), ['cluster-token']);
		assert.equal(actionsOnLine(doc, [], 2)[0].title, 'Generate a new cluster token');
	});

	it('lists "Switch to existing" once: the refactoring that makes the same edit as the quick fix is left out', () => {
		const { doc, siblings } = pg3With(text => text);
		const titles = actionsOnLine(doc, siblings, lineOf(doc, 'ETCD_INITIAL_CLUSTER_STATE')).map(a => a.title);
		assert.deepEqual(titles.filter(t => /existing/.test(t)), ['Switch to existing', 'Switch every member to existing (after the first start)']);
	});
});
