import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { etcdVersions } from '../../server/src/engine/etcd/options';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { repoRoot } from '../fixtures';
import { diagnose } from '../engineContext';

describe('the user\'s example cluster', () => {
	for (const member of ['pg1', 'pg2', 'pg3']) {
		for (const version of etcdVersions) {
			it(`${member} on etcd ${version}: only the reminder about new`, () => {
				const text = readFileSync(join(repoRoot, 'examples', 'pg-cluster', member, 'etcd'), 'utf8');
				const diagnostics = diagnose(parseDocument(`file:///${member}/etcd`, text), { version });
				assert.deepEqual(diagnostics.map(d => [d.code, d.severity]), [['state-new', DiagnosticSeverity.Hint]]);
			});
		}
	}
});
