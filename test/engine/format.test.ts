import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { format } from '../../server/src/engine/features/format';
import type { FormatOptions } from '../../server/src/engine/dialects';
import { contextOf } from '../engineContext';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { offsetAt } from '../../server/src/engine/text/lineIndex';
import { fixtureFiles } from '../fixtures';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

function formatted(text: string, options: FormatOptions = { sortByGroup: false }): string {
	const doc = parseDocument('file:///f/etcd', text);
	return applyChanges(text, format(doc, contextOf(doc, options)).map(edit => ({ span: { start: offsetAt(doc.lines, edit.range.start), end: offsetAt(doc.lines, edit.range.end) }, newText: edit.newText })));
}

/** What systemd hands to etcd: variable → value, later lines winning. */
function environment(text: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const setting of parseDocument('file:///f/etcd', text).settings) if (setting.source === 'env') env[setting.key] = setting.value;
	return env;
}

describe('formatting', () => {
	it('normalises assignments to KEY="value" and trims trailing blanks', () => {
		assert.equal(formatted('  ETCD_NAME = pg1   \nETCD_DATA_DIR=\'/var/lib/etcd\'\n# note   \n   \n'), 'ETCD_NAME="pg1"\nETCD_DATA_DIR="/var/lib/etcd"\n# note\n\n');
	});
	it('keeps the escapes of a double-quoted value as written', () => {
		assert.equal(formatted('ETCD_NAME="pg\\3\\$x"\n'), 'ETCD_NAME="pg\\3\\$x"\n');
	});
	it('leaves lines a shell reads differently alone', () => {
		const text = 'ETCD_NAME="pg1" # first\nexport ETCD_DATA_DIR=/x\nETCD_DATA_DIR=$HOME/etcd\n';
		assert.equal(formatted(text), text);
	});
	it('leaves a comment alone that swallows the next line (systemd 252), and whatever it swallows', () => {
		const text = '  # note \\\nETCD_NAME=x\\ \nETCD_DATA_DIR = /d\n';
		assert.equal(formatted(text), text.replace('ETCD_DATA_DIR = /d', 'ETCD_DATA_DIR="/d"'));
	});
	it('keeps CRLF and the final line without a line end', () => {
		assert.equal(formatted('ETCD_NAME = a\r\nETCD_DATA_DIR=/d'), 'ETCD_NAME="a"\r\nETCD_DATA_DIR="/d"');
	});
	it('sorts by group on request, comments travelling with their setting', () => {
		const text = '# logging\nETCD_LOG_LEVEL="info"\n# who\nETCD_NAME="a"\nETCD_INITIAL_CLUSTER_STATE="new"\n';
		assert.equal(formatted(text, { sortByGroup: true }), '# who\nETCD_NAME="a"\nETCD_INITIAL_CLUSTER_STATE="new"\n# logging\nETCD_LOG_LEVEL="info"\n');
	});
	for (const path of fixtureFiles()) {
		it(`is idempotent and keeps every value on ${path.split('/').slice(-3).join('/')}`, () => {
			const text = readFileSync(path, 'utf8');
			for (const sortByGroup of [false, true]) {
				const once = formatted(text, { sortByGroup });
				assert.equal(formatted(once, { sortByGroup }), once);
				assert.deepEqual(environment(once), environment(text));
			}
		});
	}
	it('does not sort a setting whose quote is left open above the others (it would swallow them)', () => {
		// Found by the property below: the open quote reads to the end of the file wherever it stands.
		const text = '\\ = \r\nETCD_NAME="';
		assert.deepEqual(environment(formatted(text, { sortByGroup: true })), environment(text));
	});

	it('never changes a value systemd reads, on any text (2,000 runs)', () => {
		const pieces = ['ETCD_NAME', 'ETCD_LOG_LEVEL', 'DAEMON_ARGS', 'export ', '=', ' = ', '"', '\'', '\\', '\n', '\r\n', '#', ';', ' ', '$X', 'pg 1', ',', 'a'];
		const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(parts => parts.join(''));
		fc.assert(fc.property(text, fc.boolean(), (t, sortByGroup) => {
			const once = formatted(t, { sortByGroup });
			assert.deepEqual(environment(once), environment(t));
			assert.equal(formatted(once, { sortByGroup }), once);
		}), { numRuns: 2000 });
	});
});
