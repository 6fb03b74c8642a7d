import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../server/src/engine/features/folding';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { repoRoot } from '../fixtures';

describe('folding ranges', () => {
	it('fold the RHEL file\'s #[Member] and #[Clustering] sections', () => {
		const text = readFileSync(join(repoRoot, 'test', 'fixtures', 'env', 'rhel-etcd.conf'), 'utf8');
		const ranges = foldingRanges(parseDocument('file:///etc/etcd/etcd.conf', text));
		assert.deepEqual(ranges.map(r => [r.startLine, r.endLine]), [[0, 8], [9, 15], [16, 18]]);
	});
	it('fold a value that runs over several lines', () => {
		const ranges = foldingRanges(parseDocument('file:///x', 'A=1\nETCD_INITIAL_CLUSTER="a=http://a:2380,\\\nb=http://b:2380"\n'));
		assert.deepEqual(ranges.map(r => [r.startLine, r.endLine]), [[1, 2]]);
	});
});
