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
	// v3.4.45:pkg/flags/unique_urls.go:53 and v3.5.33:pkg/flags/unique_urls.go:54: the merge came in 3.4.28 and 3.5.10.
	it('an error for peer and metrics listeners and advertised peer URLs from variables and flags before 3.4.28 and 3.5.10', () => {
		for (const version of ['3.4.23', '3.4.27', '3.5.0', '3.5.9'] as const) {
			for (const text of ['ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n', 'DAEMON_ARGS="--initial-advertise-peer-urls=http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n', 'ETCD_LISTEN_METRICS_URLS="http://10.0.0.1:2381,⟦http://10.0.0.1:2381⟧"\n']) {
				const [problem] = expectProblems(rule, text, { version });
				assert.equal(problem.severity, 'error', version);
				assert.match(problem.message, new RegExp(`etcd ${version.replace(/\./g, '\\.')} keeps both copies from a variable or flag`));
			}
		}
		for (const version of ['3.4.28', '3.4', '3.5.10', '3.5', '3.6', '3.7'] as const) {
			const [later] = expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧"\n', { version });
			assert.equal(later.severity, undefined, version);
			assert.match(later.message, /etcd keeps it once/);
		}
	});
	// v3.5.33:server/embed/config.go:558: a YAML list goes through types.NewURLs, which keeps every copy.
	it('in a YAML file: an error for peer and metrics listeners and advertised peer URLs in every version, else a warning that says both copies stay', () => {
		for (const version of ['3.4.23', '3.4', '3.5', '3.6', '3.7'] as const) {
			const yaml = { file: 'etcd.conf.yml', version };
			for (const key of ['listen-peer-urls', 'initial-advertise-peer-urls', 'listen-metrics-urls']) {
				const [problem] = expectProblems(rule, `${key}: http://10.0.0.1:2380,⟦http://10.0.0.1:2380⟧\n`, yaml);
				assert.equal(problem.severity, 'error', `${key} ${version}`);
			}
			const [client] = expectProblems(rule, 'listen-client-urls: http://10.0.0.1:2379,⟦http://10.0.0.1:2379⟧\n', yaml);
			assert.equal(client.severity, undefined);
			assert.match(client.message, /keeps both copies, which serves no purpose/);
		}
	});
	it('fixes a repetition inside DAEMON_ARGS', () => {
		assert.equal(applyFix(rule, 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1:2380,http://10.0.0.1:2380"\n', /Remove/), 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1:2380"\n');
	});
	it('leaves different URLs, other options and templates alone', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380,https://10.0.0.1:2380\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\nETCD_ADVERTISE_CLIENT_URLS="http://{{ ip }}:2379,http://{{ ip }}:2379"\n');
	});
});
