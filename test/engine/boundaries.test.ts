import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';

/*
 * The engine's folders are floors, lowest first; a module imports only from its own floor or the ones below.
 * `index.ts`, the front door, stands above them all. The engine does no I/O and knows no protocol: it takes strings
 * and returns plain values, so the same functions serve the language server, the CLI and the tests.
 */
const floors = ['text', 'parsers', 'etcd', 'l10n', 'model', 'parse', 'dialects', 'cluster', 'rules', 'validate', 'features'];
const frontDoor = floors.length;

/** Packages and built-in modules an engine module may load: plain LSP value types and the YAML parser. */
const allowedPackages = new Set(['vscode-languageserver-types', 'yaml']);

const root = resolve(__dirname, '..', '..', '..');
const engine = join(root, 'server', 'src', 'engine');

function engineFiles(directory = engine): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
		const path = join(directory, entry.name);
		return entry.isDirectory() ? engineFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
	});
}

function floorOf(path: string): number {
	const inside = relative(engine, path).split(sep);
	if (inside.length === 1) return inside[0] === 'index.ts' ? frontDoor : -1;
	return floors.indexOf(inside[0]);
}

/** Every module a file names: static imports and exports, type-only ones included, and require() calls. */
function importsOf(text: string): string[] {
	const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g), ...text.matchAll(/\brequire\('([^']+)'\)/g)];
	return found.map(match => match[1]);
}

const files = engineFiles();

describe('the engine\'s floors', () => {
	it('put every engine module in a known floor (or the front door)', () => {
		const astray = files.filter(file => floorOf(file) < 0).map(file => relative(engine, file));
		assert.deepEqual(astray, []);
	});

	it('import only from their own floor or lower ones', () => {
		const upward: string[] = [];
		for (const file of files) {
			for (const target of importsOf(readFileSync(file, 'utf8')).filter(name => name.startsWith('.'))) {
				const resolved = resolve(dirname(file), target) + (target.endsWith('.ts') ? '' : '.ts');
				if (floorOf(resolved) > floorOf(file)) upward.push(`${relative(engine, file)} → ${relative(engine, resolved)}`);
			}
		}
		assert.deepEqual(upward, []);
	});

	it('load no protocol, file, process or network module', () => {
		const outside = files.flatMap(file => importsOf(readFileSync(file, 'utf8'))
			.filter(name => !name.startsWith('.') && !allowedPackages.has(name))
			.map(name => `${relative(engine, file)} → ${name}`));
		assert.deepEqual(outside, []);
	});

	it('leave the choice of spelling to the dialects: no module above them asks a document or setting its format or source', () => {
		// Patroni's files are a kind of their own that etcd never reads: they have no etcd dialect, and whether a
		// section is patroni.yml's or a set of PATRONI_ETCD* variables is theirs to ask (model/patroniDocument.ts).
		const above = files.filter(file => floorOf(file) > floors.indexOf('dialects') || floorOf(file) === frontDoor)
			.filter(file => !/patroni/i.test(relative(engine, file)));
		const branches = above.flatMap(file => readFileSync(file, 'utf8').split('\n')
			.flatMap((line, i) => /\.(format|source)\s*[!=]==/.test(line) ? [`${relative(engine, file)}:${i + 1}`] : []));
		assert.deepEqual(branches, []);
	});

	it('are reached by the server, the CLI and the client only through the front door', () => {
		const frontEnds = [join(root, 'server', 'src'), join(root, 'client', 'src')];
		const around = frontEnds.flatMap(directory => readdirSync(directory, { recursive: true, encoding: 'utf8' })
			.filter(name => name.endsWith('.ts') && !name.startsWith(`engine${sep}`))
			.flatMap(name => importsOf(readFileSync(join(directory, name), 'utf8'))
				.filter(target => /(^|\/)engine\//.test(target))
				.filter(target => resolve(directory, dirname(name), target) !== join(engine, 'index'))
				.map(target => `${relative(root, join(directory, name))} → ${target}`)));
		assert.deepEqual(around, []);
	});
});
