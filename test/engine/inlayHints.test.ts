import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlayHints } from '../../server/src/engine/features/inlayHints';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';

const hints = (text: string) => {
	const doc = parseDocument('file:///h/etcd', text);
	return inlayHints(doc, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, contextOf(doc)).map(h => `${h.position.line}:${h.position.character} ${h.label}`);
};

describe('inlay hints', () => {
	it('name the unit of bare numbers and spell out sizes and long durations', () => {
		assert.deepEqual(hints('ETCD_HEARTBEAT_INTERVAL="100"\nETCD_QUOTA_BACKEND_BYTES=8589934592\nETCD_AUTO_COMPACTION_RETENTION=1\nETCD_GRPC_KEEPALIVE_MIN_TIME=90s\nETCD_SNAPSHOT_COUNT=010\n'),
			['0:29 ms', '1:35 = 8 GiB', '3:32 = 1 min 30 s', '4:23 = 8']);
	});
	it('show the default behind an empty value', () => {
		assert.deepEqual(hints('ETCD_LOG_LEVEL=\n'), ['0:15 default: info']);
	});
	it('say nothing on the user\'s example', () => {
		assert.deepEqual(hints('ETCD_NAME="pg1"\nETCD_INITIAL_CLUSTER_STATE="new"\n'), []);
	});
});
