import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'listen-client-http-conflict';

describe('listen-client-http-conflict', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks an HTTP-only listener on an address listen-client-urls binds', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379"\nETCD_LISTEN_CLIENT_HTTP_URLS="http://10.0.0.1:2380,⟦http://10.0.0.1:2379⟧"\n', { version: '3.6' });
		assert.equal(problem.related?.length, 1);
		assert.doesNotMatch(problem.message, /and later/);
	});
	it('compares host:port whatever the scheme', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="https://10.0.0.1:2379"\nETCD_LISTEN_CLIENT_HTTP_URLS="⟦http://10.0.0.1:2379⟧"\n');
	});
	it('knows the default listen-client-urls', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_HTTP_URLS=⟦http://localhost:2379⟧\n');
		assert.match(problem.message, /ETCD_LISTEN_CLIENT_URLS, left at its default/);
		assert.equal(problem.related, undefined);
	});
	it('names the first patch of each minor that refuses it', () => {
		const source = 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_LISTEN_CLIENT_HTTP_URLS=⟦http://10.0.0.1:2379⟧\n';
		assert.match(expectProblems(rule, source, { version: '3.4' })[0].message, /etcd 3\.4\.25 and later refuses/);
		assert.match(expectProblems(rule, source, { version: '3.5' })[0].message, /etcd 3\.5\.8 and later refuses/);
	});
	it('accepts separate ports and sockets', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,unix:///run/a.sock"\nETCD_LISTEN_CLIENT_HTTP_URLS="http://10.0.0.1:2382,unix:///run/b.sock"\n');
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=unix:///run/a.sock\nETCD_LISTEN_CLIENT_HTTP_URLS=⟦unix:///run/a.sock⟧\n');
	});
	it('skips templates', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://{{ ip }}:2379"\nETCD_LISTEN_CLIENT_HTTP_URLS="http://10.0.0.1:2379"\n');
	});
});
