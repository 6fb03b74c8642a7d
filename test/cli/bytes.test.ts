import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeBytes, encodeText } from '../../server/src/cli/bytes';

describe('a file\'s bytes as text and back', () => {
	it('gives back every byte of any file (5,000 byte strings, UTF-8 or not)', () => {
		const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'grapheme', maxLength: 32 }).map(s => new Uint8Array(Buffer.from(s))));
		fc.assert(fc.property(bytes, input => {
			const decoded = decodeBytes(input);
			assert.deepEqual(new Uint8Array(encodeText(decoded.text, decoded.escaped)!), input);
		}), { numRuns: 5000 });
	});

	it('reads valid UTF-8 as usual, byte-order mark included, and each stray byte as one escape', () => {
		assert.deepEqual(decodeBytes(Buffer.from('\uFEFFKöln ✓ 😀')), { text: '\uFEFFKöln ✓ 😀', escaped: false });
		assert.deepEqual(decodeBytes(Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0xed, 0xa0, 0x80])), { text: 'K\uDCF6ln\uDCED\uDCA0\uDC80', escaped: true });
	});

	it('refuses text with a surrogate that no byte stands for', () => {
		assert.equal(encodeText('a\uD800b', true), undefined);
		assert.equal(encodeText('a\uDCF6b', false), undefined);
		assert.deepEqual(encodeText('a\uDCF6b', true), Buffer.from([0x61, 0xf6, 0x62]));
	});
});
