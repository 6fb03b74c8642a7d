import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLinks } from '../../server/src/engine/features/links';
import { hover } from '../../server/src/engine/features/hover';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';

describe('document links', () => {
	const doc = parseDocument('file:///l/etcd', 'ETCD_NAME="pg1"\nETCD_CERT_FILE="/etc/etcd/pki/pg1.crt"\nETCD_BOGUS=1\nETCD_DATA_DIR="{{ dir }}"\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379"\n');
	it('offer only the paths of files, never keys, URLs or templates', () => {
		const paths = documentLinks(doc, contextOf(doc));
		assert.deepEqual(paths.map(p => [p.path, p.link.range.start.line, p.link.range.start.character, p.link.range.end.character]), [['/etc/etcd/pki/pg1.crt', 1, 16, 37]]);
	});
	it('leave etcd\'s documentation of an option to its hover', () => {
		const shown = hover(doc, { line: 0, character: 3 }, contextOf(doc));
		assert.match(JSON.stringify(shown?.contents), /https:\/\/etcd\.io\/docs\/v3\.5\/op-guide\/configuration\/#--name/);
	});
});
