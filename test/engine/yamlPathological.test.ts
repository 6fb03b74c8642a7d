import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover } from '../../server/src/engine/features/hover';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';
import { validate } from '../../server/src/engine/validate/validate';


/** Parses, validates and hovers a YAML text; returns the codes found and the time it took. */
function examine(text: string): { codes: string[]; ms: number } {
	const start = performance.now();
	const doc = parseDocument('file:///pathological/etcd.conf.yml', text);
	const codes = validate(doc, contextOf(doc)).map(d => String(d.code));
	hover(doc, { line: 0, character: 1 }, contextOf(doc));
	return { codes, ms: performance.now() - start };
}

// Bounds far above the measured times (tens of ms on the CI machine): they catch a hang or a quadratic blow-up.
describe('pathological YAML: bounded time, a clear finding, no crash', () => {
	it('20,000 nested brackets: a syntax error that says it is nested too deeply', () => {
		const { codes, ms } = examine(`name: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
		assert.ok(codes.includes('yaml-syntax'));
		assert.ok(ms < 5000, `${ms} ms`);
	});
	it('3,000 levels of block mappings', () => {
		const text = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
		assert.ok(examine(text).ms < 5000);
	});
	it('a billion laughs: aliases are looked at, never expanded', () => {
		let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
		for (let i = 0; i < 9; i++) text += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]\n`;
		const { codes, ms } = examine(`${text}log-outputs: *j\nname: *a\n`);
		assert.ok(codes.includes('yaml-list-shape'), codes.join());
		assert.ok(ms < 2000, `${ms} ms`);
	});
	it('2,000 merge keys of one anchor', () => {
		assert.ok(examine('x: &x {name: a}\n' + '<<: *x\n'.repeat(2000)).ms < 5000);
	});
	it('100,000 keys, all the same one', () => {
		const { codes, ms } = examine('name: a\n' + 'initial-cluster-token: t\n'.repeat(100000));
		assert.ok(codes.includes('yaml-duplicate-key'));
		assert.ok(ms < 20000, `${ms} ms`);
	});
	it('a 1 MB value on one line, NUL bytes, invalid surrogates and a BOM', () => {
		assert.ok(examine(`name: ${'a'.repeat(1 << 20)}\n`).ms < 5000);
		examine('name: "a\u0000b"\ndata-dir: \u0000\n');
		examine('\uFEFFname: \uD800x\r\ndata-dir: /d\r');
	});
});
