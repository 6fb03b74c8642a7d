import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globToRegExp } from '../../server/src/engine/text/glob';

describe('globs as VS Code settings write them', () => {
	const cases: [glob: string, matches: string[], misses: string[]][] = [
		['**/node_modules', ['node_modules', 'a/node_modules', 'a/node_modules/x/etcd'], ['node_modules2']],
		['host_vars/*/etcd_env', ['host_vars/pg1/etcd_env'], ['host_vars/a/b/etcd_env', 'x/host_vars/pg1/etcd_env']],
		['**/*.{env,conf}', ['a/b.env', 'c.conf'], ['a/b.yaml']],
		['*.bak', ['x.bak', 'deep/er/x.bak'], ['x.bak2']],
		['build/**', ['build/a', 'build/a/b'], ['src/build']],
		['a?c', ['abc', 'x/abc'], ['ac', 'abbc']],
	];
	for (const [glob, matches, misses] of cases) {
		it(glob, () => {
			const pattern = globToRegExp(glob);
			for (const path of matches) assert.ok(pattern.test(path), `${glob} matches ${path}`);
			for (const path of misses) assert.ok(!pattern.test(path), `${glob} misses ${path}`);
		});
	}
});
