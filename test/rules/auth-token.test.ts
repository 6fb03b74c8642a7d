import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, expectProblems } from './ruleTest';

const id = 'auth-token';

describe('auth-token', () => {
	it('stays quiet on simple, on a complete jwt value and when auth-token is unset', () => {
		expectProblems(id, 'ETCD_NAME=a\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=simple\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,pub-key=/k.pub,priv-key=/k,sign-method=RS256,ttl=10m\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=ES256,pub-key=/k.pub\n');
		expectProblems(id, 'auth-token: jwt,sign-method=HS512,priv-key=/k\n', { file: 'etcd.conf.yml' });
	});
	// v3.5.33:server/auth/store.go:1204, :1211, :1253
	it('marks a piece without one =, a name given twice and an unknown type, for simple too', () => {
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=HS256,priv-key=/k,⟦⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=simple,⟦foo⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,⟦priv-key=/tmp/a=b⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=HS256,⟦sign-method=HS256⟧,priv-key=/k\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦JWT,sign-method=HS256⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦bogus⟧\n');
	});
	// v3.5.33:server/auth/options.go:67, :89, :106, :112
	it('jwt: a signing method the release supports, a ttl with a unit and the key the method needs', () => {
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,priv-key=/k⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,sign-method=hs256,priv-key=/k⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,sign-method=none,priv-key=/k⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=HS256,priv-key=/k,⟦ttl=5⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,sign-method=HS256,pub-key=/k⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,sign-method=RS256,priv-key=⟧\n');
		expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=HS256,priv-key=/k,ttl=-1m\n');
	});
	it('EdDSA only from 3.6 on', () => {
		for (const version of ['3.4', '3.5'] as const) expectProblems(id, 'ETCD_AUTH_TOKEN=⟦jwt,sign-method=EdDSA,priv-key=/k⟧\n', { version });
		for (const version of ['3.6', '3.7'] as const) expectProblems(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=EdDSA,priv-key=/k\n', { version });
	});
	it('warns about what etcd accepts: no type, options after simple, unknown jwt options', () => {
		for (const text of ['auth-token: ⟦",x=1"⟧\n', 'auth-token: ⟦simple,ttl=10m⟧\n', 'auth-token: jwt,sign-method=HS256,priv-key=/k,⟦priv_key=/x⟧\n']) {
			const problems = expectProblems(id, text, { file: 'etcd.conf.yml' });
			assert.deepEqual(problems.map(p => p.severity), ['warning']);
		}
		const [unknown, missing] = check(id, 'ETCD_AUTH_TOKEN=jwt,sign-method=HS256,priv_key=/k\n').problems;
		assert.deepEqual([missing.severity, unknown.severity], ['warning', undefined]);
	});
	it('3.4 and 3.5 as a v2 proxy build no token provider: no error', () => {
		expectProblems(id, 'ETCD_PROXY=on\nETCD_AUTH_TOKEN=bogus\n', { version: '3.5' });
		expectProblems(id, 'ETCD_PROXY=on\nETCD_AUTH_TOKEN=⟦bogus⟧\n', { version: '3.6' });
	});
});
