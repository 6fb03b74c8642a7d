// Bundles the extension client, the language server and the CLI into dist/.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { keepApart, libraryBuiltins, loadedApart } from './scripts/bundlePlugins.mjs';

const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const shared = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: production,
	sourcemap: production ? false : 'linked',
	logLevel: 'warning',
	define: { TOOL_VERSION: JSON.stringify(version) },
};
// The server and the CLI are also the package's `bin` commands.
const executable = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
	esbuild.build({ ...shared, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
	// server.js is a small loader that runs serverMain.js, the server itself, from V8's code cache.
	esbuild.build({ ...shared, ...executable, entryPoints: { server: 'server/src/serverLoader.ts' }, outdir: 'dist' }),
	esbuild.build({ ...shared, entryPoints: { serverMain: 'server/src/main.ts' }, outdir: 'dist', plugins: [keepApart, libraryBuiltins] }),
	esbuild.build({ ...shared, ...executable, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', plugins: [keepApart, libraryBuiltins] }),
	esbuild.build({ ...shared, entryPoints: { 'docs.en': loadedApart['docs.en'], yaml: loadedApart.yaml }, outdir: 'dist' }),
	// Cyrillic written as UTF-8 rather than as \u escapes: a third of the size, and this file is read only in Russian.
	esbuild.build({ ...shared, entryPoints: { russian: loadedApart.russian }, outdir: 'dist', charset: 'utf8' }),
]);
// The CLI's extended-attribute helper (scripts/buildAddon.mjs builds it at npm ci): next to dist/cli.js, where the
// packaged CLI looks for it first.
const addon = 'build/Release/etcd_xattr.node';
if (existsSync(addon)) {
	mkdirSync('dist', { recursive: true });
	copyFileSync(addon, 'dist/etcd_xattr.node');
}
