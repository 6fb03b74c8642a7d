import { readsTheSame } from '../../server/src/engine/rules/shared/readsTheSame';
import { parseEnvFile } from '../../server/src/engine/parsers/envFile';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fileText } from './propertyCases';

/** The plain definition: what systemd keeps of the whole file, before and after. */
function wholeFileSame(text: string, changes: { span: { start: number; end: number }; newText: string }[]): boolean {
	const view = (t: string) => parseEnvFile(t).nodes.flatMap(n => n.kind === 'assignment' && n.validName ? [`${n.name}=${n.value}`] : []).join('\0');
	return view(text) === view(applyChanges(text, changes));
}

const pieces = ['', '"', '\'', '\\', '\n', '\r', '\r\n', ' ', '#', 'x', '=', 'ETCD_NAME=a', '"a b"'];

describe('readsTheSame, which reads again only the lines a fix touches', () => {
	it('agrees with comparing the whole file, for any text and edit (2,000 cases)', () => {
		// A line before, so the edit is not in the first node, and many after, so the stretch read again must grow.
		const padded = fileText.map(text => `# top\n${text}\n${Array.from({ length: 60 }, (_, i) => `ETCD_Y${i}="v ${i}"\n`).join('')}`);
		const cases = padded.chain(text => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(8), fc.array(fc.constantFrom(...pieces), { maxLength: 3 })));
		fc.assert(fc.property(cases, ([text, start, length, inserted]) => {
			const change = { span: { start, end: Math.min(text.length, start + length) }, newText: inserted.join('') };
			assert.equal(readsTheSame(parseDocument('file:///p/etcd', text), [change]), wholeFileSame(text, [change]), JSON.stringify({ text, change }));
		}), { numRuns: 2000 });
	});

	it('stays linear: a fix on each of 5,000 lines is judged in well under a second', () => {
		const text = Array.from({ length: 5000 }, (_, i) => `ETCD_NAME = pg${i}`).join('\n') + '\n';
		const doc = parseDocument('file:///p/etcd', text);
		const started = performance.now();
		for (const node of doc.env.nodes) readsTheSame(doc, [{ span: { start: node.span.start + 9, end: node.span.start + 12 }, newText: '=' }]);
		assert.ok(performance.now() - started < 2000, `${(performance.now() - started).toFixed(0)} ms`);
	});
});
