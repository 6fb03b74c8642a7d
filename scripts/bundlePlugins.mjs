// esbuild plugins that keep the language server's start short: every module it loads on the way to its first
// diagnostics is read and compiled (or taken from V8's cache) before the editor sees anything.
import { resolve } from 'node:path';

/**
 * Modules the server reaches only through a `require()` call made on first use, bundled as files of their own
 * beside the server and the CLI: the Russian catalogues and docs (half of the code by size), the English docs
 * (read by hover only) and the yaml package (read for YAML files only). Our modules by path, packages by name.
 */
export const loadedApart = { russian: 'server/src/engine/l10n/russian.ts', 'docs.en': 'server/src/engine/l10n/optionDocs.en.ts', yaml: 'yaml' };

export const keepApart = {
	name: 'keep-apart',
	setup(build) {
		build.onResolve({ filter: /.*/ }, args => {
			if (args.kind !== 'require-call' || args.importer.includes('node_modules')) return undefined;
			const target = args.path.startsWith('.') ? resolve(args.resolveDir, `${args.path}.ts`) : args.path;
			const name = Object.keys(loadedApart).find(entry => (loadedApart[entry].startsWith('server/') ? resolve(loadedApart[entry]) : loadedApart[entry]) === target);
			return name === undefined ? undefined : { path: `./${name}.js`, external: true };
		});
	},
};

/**
 * Node modules that vscode-jsonrpc and vscode-languageserver load at start for features the server never uses.
 * `crypto` (pipe names, message ids) is loaded when first called; `child_process` (the library's helpers that
 * look for a global node_modules) is replaced by functions that refuse: the server starts no process.
 */
const builtinStandIns = {
	crypto: `const load = () => require('node:crypto');
module.exports = new Proxy({}, { get: (_, name) => load()[name] });`,
	child_process: `const refuse = () => { throw new Error('the etcd-config language server starts no processes'); };
module.exports = new Proxy({}, { get: () => refuse });`,
};

export const libraryBuiltins = {
	name: 'library-builtins',
	setup(build) {
		build.onResolve({ filter: /^(crypto|child_process)$/ }, args =>
			(args.importer.includes('node_modules') ? { path: args.path, namespace: 'builtin-stand-in' } : undefined));
		build.onLoad({ filter: /.*/, namespace: 'builtin-stand-in' }, args => ({ contents: builtinStandIns[args.path], loader: 'js', resolveDir: '.' }));
	},
};
