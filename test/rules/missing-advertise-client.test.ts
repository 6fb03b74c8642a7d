import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, expectProblems } from './ruleTest';

describe('missing-advertise-client', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('missing-advertise-client', pg3);
	});
	it('fires when listen is set and advertise is not (or empty)', () => {
		expectProblems('missing-advertise-client', '⟦ETCD_LISTEN_CLIENT_URLS⟧=http://10.0.0.1:2379\n');
		expectProblems('missing-advertise-client', '⟦ETCD_LISTEN_CLIENT_URLS⟧=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=\n');
	});
	it('fires for the flag in DAEMON_ARGS too', () => {
		expectProblems('missing-advertise-client', 'DAEMON_ARGS="⟦--listen-client-urls⟧ http://10.0.0.1:2379"\n');
	});
	it('lets 3.4 and 3.5 off when the process may become a v2 proxy', () => {
		expectProblems('missing-advertise-client', 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_PROXY=on\n', { version: '3.4' });
		expectProblems('missing-advertise-client', 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_DISCOVERY=https://d.example/x\n', { version: '3.5' });
		expectProblems('missing-advertise-client', '⟦ETCD_LISTEN_CLIENT_URLS⟧=http://10.0.0.1:2379\nETCD_DISCOVERY=https://d.example/x\n', { version: '3.6' });
	});
	it('adds the advertise line from the concrete listen addresses', () => {
		const text = pg3With('ETCD_ADVERTISE_CLIENT_URLS', '# advertise removed');
		assert.equal(applyFix('missing-advertise-client', text, /Add ETCD_ADVERTISE_CLIENT_URLS/),
			text.replace('http://127.0.0.1:2379"\n', 'http://127.0.0.1:2379"\nETCD_ADVERTISE_CLIENT_URLS="http://192.168.45.204:2379"\n'));
	});
	it('offers no fix when only wildcard or loopback listeners exist', () => {
		const [problem] = expectProblems('missing-advertise-client', '⟦ETCD_LISTEN_CLIENT_URLS⟧=http://0.0.0.0:2379,http://127.0.0.1:2379\n');
		assert.deepEqual(problem.fixes, []);
	});
	it('points at a misspelt advertise variable, the cause, and renames it', () => {
		const text = 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URL=http://10.0.0.1:2379\n';
		const [problem] = expectProblems('missing-advertise-client', 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\n⟦ETCD_ADVERTISE_CLIENT_URL⟧=http://10.0.0.1:2379\n', { version: '3.4' });
		assert.match(problem.message, /^ETCD_ADVERTISE_CLIENT_URL is not ETCD_ADVERTISE_CLIENT_URLS: etcd ignores it/);
		assert.equal(applyFix('missing-advertise-client', text, /Rename to ETCD_ADVERTISE_CLIENT_URLS/), text.replace('_URL=', '_URLS='));
	});
});
