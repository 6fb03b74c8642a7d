import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseEnvFile, printEnvFile, type EnvFile } from '../../server/src/engine/parsers/envFile';
import { fixtureFiles } from '../fixtures';

/** Nodes tile the text: each starts where the previous ended, from after the BOM to the end. */
function assertTiles(file: EnvFile): void {
	let offset = file.hasBom ? 1 : 0;
	for (const node of file.nodes) {
		assert.equal(node.span.start, offset, `node ${node.kind} starts at ${node.span.start}, expected ${offset}`);
		assert.ok(node.span.end > node.span.start, 'nodes are never empty');
		offset = node.span.end;
	}
	assert.equal(offset, file.text.length);
	for (const node of file.nodes) {
		if (node.kind !== 'assignment') continue;
		assert.equal(node.valueOffsets.length, node.value.length + 1);
		node.valueOffsets.forEach((at, i) => assert.ok(at >= node.valueSpan.start && at <= node.valueSpan.end, `offset ${i} inside the value`));
	}
}

describe('lossless round trip', () => {
	for (const path of fixtureFiles()) {
		it(`fixture ${path}`, () => {
			const text = readFileSync(path, 'utf8');
			const file = parseEnvFile(text);
			assert.equal(printEnvFile(file), text);
			assertTiles(file);
		});
	}

	it('any text: never throws, prints back byte for byte, nodes tile the text (10,000 runs)', () => {
		const pieces = ['ETCD_NAME', 'ETCD_INITIAL_CLUSTER', 'export ', 'DAEMON_ARGS', '=', '"', '\'', '\\', '\n', '\r', '\r\n',
			'#', ';', ' ', '\t', '$', '${X}', '$(h)', '`', ',', 'pg1=http://127.0.0.1:2380', 'a', '0', '\uFEFF', 'é', '\u0000'];
		const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }).map(parts => parts.join(''));
		fc.assert(fc.property(text, t => {
			const file = parseEnvFile(t);
			assert.equal(printEnvFile(file), t);
			assertTiles(file);
		}), { numRuns: 10_000 });
	});
});

