import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../server/src/engine/features/codeActions';
import { complete } from '../../server/src/engine/features/completion';
import { format } from '../../server/src/engine/features/format';
import { hover } from '../../server/src/engine/features/hover';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import type { EngineSettings } from '../../server/src/engine/validate/context';
import { contextOf, diagnose } from '../engineContext';
import { notAnalysed } from '../../server/src/analysisLimits';
import { exampleShaped, pathologicalCases } from './pathologicalTexts';

const settings: EngineSettings = { version: '3.5', newToken: () => '0123456789abcdef' };

describe('the engine on pathological input', () => {
	for (const { name, text, expect } of pathologicalCases) {
		it(`${name}: the server's limits ${expect === 'limit' ? 'keep it out' : 'let it in'}, and the engine answers within bounded time`, () => {
			assert.equal(notAnalysed(text) !== undefined, expect === 'limit');
			const start = performance.now();
			const doc = parseDocument('file:///hardening/etcd', text);
			// The server never analyses these: that the parser takes them without throwing is enough here.
			if (expect === 'limit') return;
			const diagnostics = diagnose(doc, settings);
			const ctx = contextOf(doc, settings);
			assert.ok(Array.isArray(diagnostics));
			const lastLine = doc.lines.lineStarts.length - 1;
			for (const position of [{ line: 0, character: 0 }, { line: 0, character: 7 }, { line: 0, character: 5000 }, { line: lastLine, character: 0 }, { line: lastLine + 5, character: 3 }]) {
				hover(doc, position, ctx);
				complete(doc, position, ctx);
				// What the server analyses gets code actions too (fix-all's overlap test grows faster than the text).
				if (expect === 'analysed') codeActions(doc, { range: { start: position, end: position } }, ctx);
			}
			format(doc, ctx);
			const seconds = (performance.now() - start) / 1000;
			// A few hundred milliseconds on an idle machine; the bound leaves room for a loaded CI box.
			assert.ok(seconds < 20, `${name}: ${seconds.toFixed(1)} s`);
			if (exampleShaped.has(name)) {
				const result = hover(doc, { line: 9, character: 3 }, contextOf(doc));
				assert.match(JSON.stringify(result?.contents), /ETCD_INITIAL_CLUSTER_STATE/, name);
			}
		});
	}
});
