import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** The file names in a .vsix (a zip), read from its central directory. */
export function vsixEntries(path: string): string[] {
	const zip = readFileSync(path);
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error(`${path} is not a zip file`);
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const names: string[] = [];
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
		const nameLength = zip.readUInt16LE(at + 28);
		const extraLength = zip.readUInt16LE(at + 30);
		const commentLength = zip.readUInt16LE(at + 32);
		names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return names;
}

/** A ceiling that catches a stray node_modules or source map; YAML support, the schemas and Russian brought 265 KB to 455 KB. */
export const maxVsixBytes = 600 * 1024;

/** What the package must hold (vsce lower-cases README and CHANGELOG and adds .txt to LICENSE), and must not. */
export function packageProblems(entries: readonly string[], bytes: number): string[] {
	const problems: string[] = [];
	const has = (pattern: RegExp) => entries.some(entry => pattern.test(entry));
	const required: [string, RegExp][] = [
		['dist/client.js', /^extension\/dist\/client\.js$/],
		['dist/server.js', /^extension\/dist\/server\.js$/],
		['dist/serverMain.js', /^extension\/dist\/serverMain\.js$/],
		['dist/russian.js', /^extension\/dist\/russian\.js$/],
		['dist/docs.en.js', /^extension\/dist\/docs\.en\.js$/],
		['dist/yaml.js', /^extension\/dist\/yaml\.js$/],
		['the JSON Schemas', /^extension\/schemas\/etcd-config\.schema\.json$/],
		['the grammar', /^extension\/syntaxes\/etcd\.tmLanguage\.json$/],
		['language-configuration.json', /^extension\/language-configuration\.json$/],
		['package.json', /^extension\/package\.json$/],
		['README', /^extension\/readme\.md$/i],
		['CHANGELOG', /^extension\/changelog\.md$/i],
		['LICENSE', /^extension\/license(\.txt|\.md)?$/i],
		['docs/', /^extension\/docs\/.+/],
		['the icon', /^extension\/images\/icon\.png$/],
	];
	for (const [what, pattern] of required) if (!has(pattern)) problems.push(`missing ${what}`);
	for (const entry of entries.filter(e => /(^|\/)node_modules\//.test(e) || /\.(ts|map|cache)$/.test(e))) problems.push(`should not hold ${entry}`);
	if (bytes > maxVsixBytes) problems.push(`${bytes} bytes, over ${maxVsixBytes}`);
	return problems;
}

/** The text of one file of a .vsix (stored or deflated), found through its local header. */
export function vsixText(path: string, name: string): string {
	const zip = readFileSync(path);
	for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at + 4)) {
		const method = zip.readUInt16LE(at + 8);
		const size = zip.readUInt32LE(at + 18);
		const nameLength = zip.readUInt16LE(at + 26);
		if (zip.toString('utf8', at + 30, at + 30 + nameLength).toLowerCase() !== name.toLowerCase()) continue;
		const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
		const data = zip.subarray(start, start + size);
		return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
	}
	throw new Error(`${path} holds no ${name}`);
}

/** Images of the README that VS Code's extension page cannot show: it loads only https images. */
export function unreachableImages(readme: string): string[] {
	return [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(match => match[1]).filter(url => !url.startsWith('https://'));
}
