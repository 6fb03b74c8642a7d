import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLinks } from '../../server/src/engine/features/links';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';

describe('document links', () => {
	it('link every known key to etcd\'s documentation and offer the paths of files', () => {
		const doc = parseDocument('file:///l/etcd', 'ETCD_NAME="pg1"\nETCD_CERT_FILE="/etc/etcd/pki/pg1.crt"\nETCD_BOGUS=1\nETCD_DATA_DIR="{{ dir }}"\n');
		const { links, paths } = documentLinks(doc, contextOf(doc));
		assert.deepEqual(links.map(l => l.target), [
			'https://etcd.io/docs/v3.5/op-guide/configuration/#--name',
			'https://etcd.io/docs/v3.5/op-guide/configuration/#--cert-file',
			'https://etcd.io/docs/v3.5/op-guide/configuration/#--data-dir',
		]);
		assert.deepEqual(paths.map(p => [p.path, p.link.range.start.character, p.link.range.end.character]), [['/etc/etcd/pki/pg1.crt', 16, 37]]);
	});
});
