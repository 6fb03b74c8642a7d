import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

describe('dangerous-switch', () => {
	it('warns on switches left on, not when off', () => {
		expectProblems('dangerous-switch', '⟦ETCD_FORCE_NEW_CLUSTER=true⟧\nETCD_UNSAFE_NO_FSYNC=false\nDAEMON_ARGS="⟦--unsafe-no-fsync⟧"\n');
	});
});
