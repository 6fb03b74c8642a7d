// Builds native/xattr.c, the extended-attribute helper of etcd-config-lint --fix, with node-gyp at npm ci / npm
// install, against the headers of the Node that runs this script (never downloaded). Where it cannot be built (no
// compiler, no headers, Windows) linting works as ever and --fix refuses to replace a file whose extended
// attributes it cannot copy, saying why: this script warns and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const warn = why => console.warn(`etcd-config: the extended-attribute helper was not built (${why}); etcd-config-lint --fix will not replace files.`);

if (process.platform === 'win32') {
	console.log('etcd-config: no extended-attribute helper on Windows');
} else {
	// npm says where its node-gyp is while it runs this script; run by hand, npm sits next to node.
	const gyp = [process.env.npm_config_node_gyp, join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')]
		.find(path => path && existsSync(path));
	const headers = [process.env.npm_config_nodedir, join(dirname(process.execPath), '..')]
		.find(dir => dir && existsSync(join(dir, 'include', 'node', 'node_api.h')));
	if (!gyp) warn('node-gyp not found');
	else if (!headers) warn(`no Node headers next to ${process.execPath}, and they are not downloaded`);
	else {
		const result = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${headers}`], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) warn(`node-gyp exited with ${result.status ?? result.signal}`);
	}
}
