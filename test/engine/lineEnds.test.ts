import { applyChanges, insertLinesAfter, insertLinesBefore } from '../../server/src/engine/text/lineEdits';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixText } from '../../server/src/engine/features/fixAll';
import { fileText } from './propertyCases';
import { type EngineSettings } from '../../server/src/engine/validate/context';

const settings: EngineSettings = { version: '3.5', newToken: () => '0123456789abcdef' };
/** Every line end that is not part of a CRLF. */
const otherLineEnds = /\r(?!\n)|(?<!\r)\n/;

describe('fix-all keeps the line ends', () => {
	it('a bare value ending in a backslash before CRLF: the fix rewrites the value, the line keeps its CRLF', () => {
		const text = 'ETCD_NAME=pg1\r\nETCD_WAL_DIR=/srv/etcd wal\\\r\nETCD_LISTEN_PEER_URLS=http://LOCALHOST:2380\\\r\nETCD_DATA_DIR=/var/lib/etcd\r\n';
		const fixed = fixText('file:///p/etcd', text, settings);
		assert.equal(fixed, 'ETCD_NAME=pg1\r\nETCD_WAL_DIR="/srv/etcd wal"\\\r\nETCD_LISTEN_PEER_URLS=http://localhost:2380\\\r\nETCD_DATA_DIR=/var/lib/etcd\r\n');
	});

	it('a CRLF file with backslash continuations in and out of quotes keeps CRLF on every line', () => {
		const text = [
			'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380, \\', 'pg2=http://10.0.0.2:2380"\\', 'ETCD_NAME = pg1',
			'DAEMON_ARGS="--name pg1 \\', ' --data-dir /var/lib/etcd"', 'ETCD_INITIAL_CLUSTER_STATE="new"\\', '',
		].join('\r\n');
		const fixed = fixText('file:///p/etcd', text, settings);
		assert.notEqual(fixed, text, 'something was fixed');
		assert.doesNotMatch(fixed, otherLineEnds, JSON.stringify(fixed));
	});

	// A file of one line without a line end has no line end to keep: a fix that adds a line gives it LF (lineEndingOf).
	it('a file whose lines all end in CRLF gets no other line end from fix-all (1,000 generated files)', () => {
		fc.assert(fc.property(fileText.map(text => text.replace(/\r?\n/g, '\r\n')).filter(text => text.includes('\r\n')), text => {
			const fixed = fixText('file:///p/etcd', text, settings);
			assert.doesNotMatch(fixed, otherLineEnds, `${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`);
		}), { numRuns: 1000 });
	});

	it('a new line takes the line end of its neighbour, and goes after a byte-order mark', () => {
		const text = '\uFEFFA=1\r\nB=2\nC=3';
		assert.equal(applyChanges(text, [insertLinesAfter(text, { start: 1, end: 6 }, ['X=1'])]), '\uFEFFA=1\r\nX=1\r\nB=2\nC=3');
		assert.equal(applyChanges(text, [insertLinesAfter(text, { start: 6, end: 10 }, ['X=1'])]), '\uFEFFA=1\r\nB=2\nX=1\nC=3');
		assert.equal(applyChanges(text, [insertLinesBefore(text, 2, ['# x'])]), '\uFEFF# x\r\nA=1\r\nB=2\nC=3');
		assert.equal(applyChanges(text, [insertLinesBefore(text, 11, ['# x'])]), '\uFEFFA=1\r\nB=2\n# x\nC=3');
	});
});
