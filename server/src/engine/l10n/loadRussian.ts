/*
 * The Russian half of the product, loaded on first use. scripts/bundlePlugins.mjs bundles `./russian` as dist/russian.js beside
 * the server and the CLI instead of into them, so this `require` finds the compiled module under out/ in the tests
 * and the separate bundle in dist/. Node keeps a required module, so later calls cost a lookup (about a µs).
 */
export function russian(): typeof import('./russian') {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, on purpose (above)
	return require('./russian') as typeof import('./russian');
}
