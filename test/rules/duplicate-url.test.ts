import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'duplicate-url';

describe('duplicate-url', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks the repetition and points at the first entry', () => {
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,http://127.0.0.1:2379, ⟦http://10.0.0.1:2379⟧"\n');
		assert.equal(problem.related?.length, 1);
	});
	it('removes the repetition with its comma, safely, keeping CRLF and comments', () => {
		const source = '# clients\r\nETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379, http://10.0.0.1:2379,http://127.0.0.1:2379"\r\n';
		assert.equal(check(rule, source).problems[0].fixes?.[0].safe, true);
		assert.equal(applyFix(rule, source, /Remove the repeated URL/), '# clients\r\nETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,http://127.0.0.1:2379"\r\n');
	});
	it('compares schemes as Go prints them (lower case)', () => {
		expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379,⟦HTTP://10.0.0.1:2379⟧"\n');
	});
	it('reports each further repetition and checks cors too', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧,⟦http://10.0.0.1:2380⟧\nETCD_CORS="http://app:80,⟦http://app:80⟧"\n');
	});
	it('an error for the peer listeners and advertised peer URLs on 3.4 in every format (etcd refuses both)', () => {
		for (const text of ['ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n', 'DAEMON_ARGS="--initial-advertise-peer-urls=http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n']) {
			const [problem] = expectProblems(rule, text, { version: '3.4' });
			assert.equal(problem.severity, 'error');
			assert.match(problem.message, /etcd 3.4 keeps both copies and refuses to start/);
		}
		const [later] = expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n', { version: '3.5' });
		assert.equal(later.severity, undefined);
		assert.match(later.message, /etcd keeps it once/);
	});
	it('in a YAML file: an error for the peer URLs on 3.4, else a warning that says both copies stay', () => {
		const yaml34 = { file: 'etcd.conf.yml', version: '3.4' as const };
		const [listen] = expectProblems(rule, 'listen-peer-urls: http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧\n', yaml34);
		assert.equal(listen.severity, 'error');
		const [advertised] = expectProblems(rule, 'initial-advertise-peer-urls: http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧\n', yaml34);
		assert.equal(advertised.severity, 'error');
		const [client] = expectProblems(rule, 'listen-client-urls: http://10.0.0.1:2379,⟦http://10.0.0.1:2379⟧\n', yaml34);
		assert.equal(client.severity, undefined);
		assert.match(client.message, /keeps both copies, which serves no purpose/);
		const [later] = expectProblems(rule, 'listen-peer-urls: http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧\n', { file: 'etcd.conf.yml', version: '3.5' });
		assert.equal(later.severity, undefined);
	});
	it('fixes a repetition inside DAEMON_ARGS', () => {
		assert.equal(applyFix(rule, 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1:2380,http://10.0.0.1:2380"\n', /Remove/), 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1:2380"\n');
	});
	it('leaves different URLs, other options and templates alone', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380,https://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\nETCD_ADVERTISE_CLIENT_URLS="http://{{ ip }}:2379,http://{{ ip }}:2379"\n');
	});
});
