import { it } from 'node:test';
import { etcdVersions } from '../../server/src/engine/etcd/options';
import { expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

/** The user's pg1 and RHEL's stock etcd.conf set only options every version knows: no key rule may fire on them. */
export function staysQuietOnCleanFiles(ruleId: string): void {
	for (const { name, text } of cleanFiles) {
		for (const version of etcdVersions) {
			it(`stays quiet on ${name} for etcd ${version}`, () => {
				expectProblems(ruleId, text, { version });
			});
		}
	}
}
