import assert from 'node:assert/strict';
import { after } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { diagnose } from '../engineContext';

/*
 * What the differential suites compare with etcd's verdict, and what makes a corpus worth comparing.
 */

/** Our errors for a file at etcd 3.4.23, the release these suites start. */
export function errorsAt3423(uri: string, text: string): string[] {
	return diagnose(parseDocument(uri, text), { version: '3.4.23' })
		.filter(d => d.severity === DiagnosticSeverity.Error).map(d => `${d.code}: ${d.message}`);
}

/**
 * The verdicts of a suite (started: true), checked after it: a corpus is only worth something if etcd both starts
 * and refuses at least `least` of its `what`.
 */
export function bothVerdicts(what: string, least: number): boolean[] {
	const verdicts: boolean[] = [];
	after(() => {
		assert.ok(verdicts.filter(Boolean).length >= least, `etcd started only ${verdicts.filter(Boolean).length} ${what}`);
		assert.ok(verdicts.filter(v => !v).length >= least, `etcd refused only ${verdicts.filter(v => !v).length} ${what}`);
	});
	return verdicts;
}
