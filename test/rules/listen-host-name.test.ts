import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'listen-host-name';

describe('listen-host-name', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks a host name in any listen option', () => {
		expectProblems(rule, [
			'ETCD_LISTEN_PEER_URLS="⟦http://etcd1.example.com:2380⟧"',
			'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,⟦http://etcd1:2379⟧"',
			'ETCD_LISTEN_METRICS_URLS=⟦http://metrics.local:2381⟧',
			'ETCD_LISTEN_CLIENT_HTTP_URLS=⟦http://gw:2382⟧',
			'',
		].join('\n'));
	});
	it('accepts IP literals, wildcards and exactly localhost', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="http://0.0.0.0:2380,http://[::]:2381,http://[fe80::1]:2382,http://[::ffff:10.0.0.1]:2383"\nETCD_LISTEN_CLIENT_URLS="http://localhost:2379,http://127.0.0.1:2379"\n');
	});
	it('leaves advertise URLs alone: names are fine there', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://etcd1.example.com:2380\nETCD_ADVERTISE_CLIENT_URLS=http://etcd1.example.com:2379\n');
	});
	it('exempts unix sockets, on 3.4 (host:port form) and later', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="unix://etcd-socket:2379"\n', { version: '3.4' });
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="unixs://etcd-socket:2379,unix:///run/etcd.sock"\n', { version: '3.5' });
	});
	it('lower-cases LOCALHOST as a safe fix', () => {
		const source = 'ETCD_LISTEN_CLIENT_URLS="http://LOCALHOST:2379"\n';
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="⟦http://LOCALHOST:2379⟧"\n');
		const fix = check(rule, source).problems[0].fixes?.[0];
		assert.equal(fix?.safe, true);
		assert.equal(applyFix(rule, source, /lower case/), 'ETCD_LISTEN_CLIENT_URLS="http://localhost:2379"\n');
	});
	it('offers every address as a choice, never as the preferred or safe one', () => {
		const source = '# peers\nETCD_LISTEN_PEER_URLS=http://etcd1:2380\n';
		const [fix] = check(rule, source).problems[0].fixes ?? [];
		assert.equal(fix.preferred, undefined);
		assert.equal(fix.safe, undefined);
		assert.equal(applyFix(rule, source, /every address/), '# peers\nETCD_LISTEN_PEER_URLS=http://0.0.0.0:2380\n');
	});
	it('marks an empty host, a zero-padded IPv4 and an IPv6 zone, which Go does not parse as IPs', () => {
		const problems = expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="⟦http://:2380⟧,⟦http://127.000.0.1:2381⟧,⟦http://[fe80::1%25eth0]:2382⟧"\n');
		assert.match(problems[0].message, /has no host/);
		assert.match(problems[2].message, /IPv6 zone/);
		assert.equal(applyFix(rule, 'ETCD_LISTEN_PEER_URLS="http://[fe80::1%25eth0]:2382"\n', /Drop the zone/), 'ETCD_LISTEN_PEER_URLS="http://[fe80::1]:2382"\n');
	});
	it('checks DAEMON_ARGS flags and names them as flags', () => {
		const [problem] = expectProblems(rule, 'DAEMON_ARGS="--listen-client-urls ⟦http://etcd1:2379⟧"\n');
		assert.match(problem.message, /^--listen-client-urls: /);
	});
	it('skips templated hosts', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="http://{{ ansible_host }}:2380"\nETCD_LISTEN_CLIENT_URLS="http://{{ ansible_default_ipv4.address }}:2379,http://127.0.0.1:2379"\n');
	});
});
