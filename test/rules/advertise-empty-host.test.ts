import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'advertise-empty-host';

describe('advertise-empty-host', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('marks an advertise URL without a host on either side', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS="⟦http://:2380⟧"\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379,⟦https://:2379⟧"\n');
	});
	it('leaves listen URLs and initial-cluster to other rules', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://:2380\nETCD_INITIAL_CLUSTER=pg1=http://:2380\n');
	});
	it('fills in the one concrete address this side listens on', () => {
		const source = 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,http://127.0.0.1:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://:2380"\n';
		assert.equal(check(rule, source).problems[0].fixes?.[0].safe, undefined);
		assert.equal(applyFix(rule, source, /Use http:\/\/10\.0\.0\.1:2380/), 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,http://127.0.0.1:2380"\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.1:2380"\n');
	});
	it('writes an IPv6 listen address in brackets', () => {
		assert.equal(applyFix(rule, 'ETCD_LISTEN_CLIENT_URLS=http://[fd00::1]:2379\nETCD_ADVERTISE_CLIENT_URLS=http://:2379\n', /Use/), 'ETCD_LISTEN_CLIENT_URLS=http://[fd00::1]:2379\nETCD_ADVERTISE_CLIENT_URLS=http://[fd00::1]:2379\n');
	});
	it('offers no address when the listeners do not name exactly one', () => {
		const wildcard = check(rule, 'ETCD_LISTEN_PEER_URLS=http://0.0.0.0:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://:2380\n').problems;
		const two = check(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380,http://10.0.0.2:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://:2380\n').problems;
		assert.equal(wildcard[0].fixes, undefined);
		assert.equal(two[0].fixes, undefined);
	});
	it('checks DAEMON_ARGS and skips templates', () => {
		expectProblems(rule, 'DAEMON_ARGS="--advertise-client-urls=⟦http://:2379⟧"\n');
		expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS="http://{{ host }}:2379"\n');
	});
	// v3.6.14:server/embed/config.go:1623 (no unix exemption) against v3.7.1:server/embed/config.go:1342
	it('a unix advertise URL without host:port passes the parser from 3.5.13 and is refused by the advertise check until 3.7', () => {
		expectProblems('advertise-empty-host', 'ETCD_ADVERTISE_CLIENT_URLS="unix:///run/etcd.sock"\n', { version: '3.5.12' });
		expectProblems('advertise-empty-host', 'ETCD_ADVERTISE_CLIENT_URLS="⟦unix:///run/etcd.sock⟧"\n', { version: '3.5.13' });
		expectProblems('advertise-empty-host', 'ETCD_ADVERTISE_CLIENT_URLS="⟦unix:///run/etcd.sock⟧"\n', { version: '3.6' });
		expectProblems('advertise-empty-host', 'ETCD_ADVERTISE_CLIENT_URLS="unix:///run/etcd.sock"\n', { version: '3.7' });
		expectProblems('advertise-empty-host', 'ETCD_ADVERTISE_CLIENT_URLS="unix://localhost:2379"\n', { version: '3.6' });
	});
});
