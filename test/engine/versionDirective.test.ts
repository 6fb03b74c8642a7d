import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { complete } from '../../server/src/engine/features/completion';
import { hover } from '../../server/src/engine/features/hover';
import { inlayHints } from '../../server/src/engine/features/inlayHints';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf, diagnose } from '../engineContext';

/* A file's `# etcd-version:` is the version of every feature on it, not of its diagnostics alone. */

const text = '# etcd-version: 3.6\nETCD_LOG_LEVEL=\nETCD_MAX_LEARNERS=2\n';
const doc = parseDocument('file:///v/etcd', text);
const ctx = contextOf(doc, { version: '3.5' });

describe('a file that says # etcd-version: 3.6, under a configured 3.5', () => {
	it('gets 3.6 diagnostics (max-learners is no 3.5 option)', () => {
		assert.ok(!diagnose(doc, { version: '3.5' }).some(d => d.code === 'unavailable-option'));
		assert.ok(diagnose(parseDocument('file:///v/etcd', text.replace('3.6', '3.5')), { version: '3.5' }).some(d => d.code === 'unavailable-option'));
	});

	it('gets a 3.6 hover', () => {
		const markdown = (hover(doc, { line: 2, character: 3 }, ctx)!.contents as MarkupContent).value;
		assert.match(markdown, /Default in 3\.6/);
	});

	it('gets 3.6 completion, inlay hints and a documentation link in the hover', () => {
		const keys = complete(doc, { line: 3, character: 0 }, ctx).map(item => item.label);
		assert.ok(keys.includes('ETCD_DISCOVERY_TOKEN'), 'v3 discovery comes with 3.6');
		const hints = inlayHints(doc, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, ctx).map(hint => hint.label);
		assert.ok(hints.length > 0);
		const docs = (hover(doc, { line: 2, character: 3 }, ctx)!.contents as MarkupContent).value;
		assert.match(docs, /etcd\.io\/docs\/v3\.6\//);
	});
});
