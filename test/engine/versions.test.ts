import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atLeast, between, holds, parseTarget, previousRelease, targetOf } from '../../server/src/engine/etcd/versions';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';

describe('versions and patch releases', () => {
	it('reads a bare minor as its newest release, a patch as itself, and refuses releases the facts do not know', () => {
		assert.deepEqual(parseTarget('3.4'), { minor: '3.4', patch: 45, label: '3.4', release: '3.4.45' });
		assert.deepEqual(parseTarget('3.4.23'), { minor: '3.4', patch: 23, label: '3.4.23', release: '3.4.23' });
		assert.equal(parseTarget('3.7.1')?.release, '3.7.1');
		for (const text of ['3.4.46', '3.5.34', '3.6.15', '3.7.2', '3.3', '3.8', '3.4.023', '3', '3.4.', 'x']) assert.equal(parseTarget(text), undefined, text);
	});

	it('tells whether a behaviour that began in some patches holds', () => {
		const merged = ['3.4.28', '3.5.10'];
		assert.deepEqual(['3.4.27', '3.4.28', '3.5.9', '3.5.10', '3.6.0', '3.7'].map(v => holds(merged, targetOf(v as '3.4'))), [false, true, false, true, true, true]);
		const unix = ['3.5.13'];
		assert.deepEqual(['3.4', '3.5.12', '3.5.13', '3.6.0'].map(v => holds(unix, targetOf(v as '3.4'))), [false, false, true, true]);
		assert.ok(atLeast(targetOf('3.6.0'), '3.5.33'));
		assert.ok(!atLeast(targetOf('3.5.7'), '3.5.8'));
		assert.ok(between(targetOf('3.6.7'), '3.6.0', '3.6.7') && !between(targetOf('3.6.8'), '3.6.0', '3.6.7'));
		assert.equal(previousRelease('3.4.28'), '3.4.27');
		assert.equal(previousRelease('3.6.0'), undefined);
	});

	it('a file names its own release with # etcd-version:, which wins over the setting', () => {
		const doc = parseDocument('file:///v/etcd', '# etcd-version: 3.4.23\nETCD_NAME=a\n');
		const ctx = contextOf(doc, { version: '3.6' });
		assert.deepEqual([ctx.version, ctx.target.release, ctx.target.label], ['3.4', '3.4.23', '3.4.23']);
		const unknown = parseDocument('file:///v/etcd', '# etcd-version: 3.4.99\nETCD_NAME=a\n');
		assert.equal(contextOf(unknown, { version: '3.6.2' }).target.release, '3.6.2');
	});
});
