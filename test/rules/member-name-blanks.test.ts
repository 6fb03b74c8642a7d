import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3 } from './membershipFixtures';
import { applyFix, expectProblems } from './ruleTest';

describe('member-name-blanks', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('member-name-blanks', pg3);
	});
	it('speaks once per list, on its first name with blanks, naming the blank rather than showing it', () => {
		const [found] = expectProblems('member-name-blanks', 'ETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,⟦ b⟧=http://127.0.0.2:2380,  c=http://127.0.0.3:2380"\n');
		assert.match(found.message, /declares b and c with a blank before the name/);
		assert.deepEqual(found.related?.map(r => r.message), ['c, also with a blank before the name']);
	});
	it('does not mind blanks around URLs (etcd trims those)', () => {
		expectProblems('member-name-blanks', 'ETCD_INITIAL_CLUSTER="a= http://127.0.0.1:2380 ,b=http://127.0.0.2:2380"\n');
	});
	it('trims the names in place', () => {
		const fixed = applyFix('member-name-blanks', '# list\nETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380, b=http://127.0.0.2:2380"\n', /Remove the blanks/);
		assert.equal(fixed, '# list\nETCD_INITIAL_CLUSTER="a=http://127.0.0.1:2380,b=http://127.0.0.2:2380"\n');
	});
});
