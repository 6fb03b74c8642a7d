// Bundles the extension client, the language server and the CLI into dist/.
// --production: minified, no source maps (what the .vsix ships); otherwise source maps for debugging.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

const shared = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: production,
	sourcemap: production ? false : 'linked',
	logLevel: 'warning',
};

await Promise.all([
	esbuild.build({ ...shared, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
	esbuild.build({ ...shared, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist' }),
]);
