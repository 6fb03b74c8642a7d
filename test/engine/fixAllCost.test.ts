import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { FoundProblem } from '../../server/src/engine/validate/validate';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { safeChanges } from '../../server/src/engine/features/codeActions';
import { fixText } from '../../server/src/engine/features/fixAll';
import { type EngineSettings } from '../../server/src/engine/validate/context';
import { diagnose } from '../engineContext';

const settings: EngineSettings = { version: '3.5', newToken: () => '0123456789abcdef' };
type Change = { span: { start: number; end: number }; newText: string };

/** The plain definitions the fast versions must agree with. */
function spliceFromTheBack(text: string, changes: readonly Change[]): string {
	let result = text;
	for (const change of [...changes].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end)) {
		result = result.slice(0, change.span.start) + change.newText + result.slice(change.span.end);
	}
	return result;
}
function naiveSafeChanges(fixes: readonly Change[][]): Change[] {
	const taken: Change[] = [];
	for (const changes of fixes) {
		const clash = changes.some(c => taken.some(o => c.span.start < o.span.end && o.span.start < c.span.end || c.span.start === o.span.start && c.span.end === o.span.end));
		if (!clash) taken.push(...changes);
	}
	return taken;
}

const span = fc.tuple(fc.nat(40), fc.nat(4)).map(([start, length]) => ({ start, end: start + length }));
const change = fc.tuple(span, fc.constantFrom('', 'x', 'yz')).map(([s, newText]) => ({ span: s, newText }));

describe('fix-all in linear time', () => {
	it('applies changes as splicing each from the back does (any non-overlapping changes, with insertions at one offset)', () => {
		fc.assert(fc.property(fc.array(change, { maxLength: 8 }), changes => {
			const apart = naiveSafeChanges(changes.map(c => [c]));
			const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ';
			assert.equal(applyChanges(text, apart), spliceFromTheBack(text, apart));
		}), { numRuns: 3000 });
	});

	it('takes the same fixes as checking each against every fix taken', () => {
		// A fix's own changes never overlap (they could not be applied together).
		const fix = fc.array(change, { minLength: 1, maxLength: 3 }).filter(changes => naiveSafeChanges(changes.map(c => [c])).length === changes.length);
		fc.assert(fc.property(fc.array(fix, { maxLength: 12 }), fixes => {
			const found = fixes.map(changes => ({ problem: { span: changes[0].span, message: '', fixes: [{ title: '', safe: true, changes }] } }) as unknown as FoundProblem);
			assert.deepEqual(safeChanges(found), naiveSafeChanges(fixes));
		}), { numRuns: 3000 });
	});

	it('validates and fixes a 5,000-line file with a finding on every line in seconds, not minutes', () => {
		const lines = Array.from({ length: 5000 }, (_, i) => i % 2 ? `ETCD_NAME = "pg${i}"` : `# member ${i}`);
		const text = lines.join('\n') + '\n';
		let started = performance.now();
		const diagnostics = diagnose(parseDocument('file:///big/etcd', text), settings);
		const validateMs = performance.now() - started;
		assert.ok(diagnostics.length >= 2500);
		started = performance.now();
		const fixed = fixText('file:///big/etcd', text, settings);
		const fixMs = performance.now() - started;
		assert.equal(fixed, text.replace(/ = /g, '='));
		// About 0.1 s each on an idle machine (59 s and 62 s before); the bound leaves room for a loaded CI box.
		assert.ok(validateMs < 5000 && fixMs < 10_000, `validate ${validateMs.toFixed(0)} ms, fix ${fixMs.toFixed(0)} ms`);
	});
});
