import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { cleanFiles } from './syntaxFixtures';

const id = 'empty-value';

describe('empty-value', () => {
	for (const { name, text } of cleanFiles) {
		it(`stays quiet on ${name}`, () => {
			expectProblems(id, text);
		});
	}
	it('names the default that applies instead', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦ETCD_CORS=""⟧\n');
		assert.equal(problem.message, 'An empty ETCD_CORS counts as not set, so etcd uses its default \'*\' and logs a warning about an unrecognised variable: give a value or remove the line.');
		assert.equal(problem.severity, undefined);
	});
	it('marks bare and single-quoted empty values', () => {
		expectProblems(id, '⟦ETCD_INITIAL_CLUSTER=⟧\n⟦ETCD_INITIAL_CLUSTER_TOKEN=\'\'⟧\n');
	});
	it('is only a hint where the default is empty too', () => {
		const [problem] = expectProblems(id, '⟦ETCD_WAL_DIR=""⟧\n');
		assert.equal(problem.severity, 'hint');
		assert.match(problem.message, /the default is empty too/);
	});
	it('names the effective default where etcd computes one', () => {
		const [problem] = expectProblems(id, '⟦ETCD_DATA_DIR=⟧\n');
		assert.match(problem.message, /\$\{name\}\.etcd/);
	});
	it('names the default of the target version', () => {
		assert.match(check(id, 'ETCD_SNAPSHOT_COUNT=\n', { version: '3.5' }).problems[0].message, /'100000'/);
		assert.match(check(id, 'ETCD_SNAPSHOT_COUNT=\n', { version: '3.6' }).problems[0].message, /'10000'/);
	});
	it('leaves options the version does not have to the key rules', () => {
		expectProblems(id, 'ETCD_ENABLE_LOG_ROTATION=\n', { version: '3.4' });
		expectProblems(id, '⟦ETCD_ENABLE_LOG_ROTATION=⟧\n', { version: '3.5' });
	});
	it('says what etcd makes of an unset initial cluster', () => {
		const [problem] = expectProblems(id, 'ETCD_NAME=pg1\n⟦ETCD_INITIAL_CLUSTER=""⟧\n');
		assert.match(problem.message, /a one-member cluster of this member alone/);
	});
	it('leaves an empty advertise URL next to listen URLs to missing-advertise-client', () => {
		expectProblems(id, 'ETCD_LISTEN_CLIENT_URLS=http://10.0.0.1:2379\nETCD_ADVERTISE_CLIENT_URLS=""\n');
		expectProblems(id, '⟦ETCD_ADVERTISE_CLIENT_URLS=""⟧\n');
	});
	it('leaves DAEMON_ARGS, unknown and other variables alone', () => {
		expectProblems(id, 'DAEMON_ARGS=""\nETCD_NAEM=\nETCD_UNSUPPORTED_ARCH=\nHTTP_PROXY=\n');
	});
	it('only looks at the line that wins', () => {
		expectProblems(id, 'ETCD_CORS=\nETCD_CORS="http://a:80"\n');
		expectProblems(id, 'ETCD_CORS="http://a:80"\n⟦ETCD_CORS=⟧\n');
	});
	it('removes the line safely when it is the only one', () => {
		const source = '# cors\r\nETCD_CORS=""\r\nETCD_NAME=pg1\r\n';
		assert.equal(applyFix(id, source, /Remove the empty ETCD_CORS line/), '# cors\r\nETCD_NAME=pg1\r\n');
		assert.equal(check(id, source).problems[0].fixes?.[0].safe, true);
	});
	it('does not remove safely where removing changes what etcd gets', () => {
		const unsafe = (source: string) => assert.notEqual(check(id, source).problems[0].fixes?.[0].safe, true, source);
		unsafe('ETCD_NAME=\n');
		unsafe('ETCD_DATA_DIR=\n');
		unsafe('ETCD_CORS=http://a:80\nETCD_CORS=\n');
		unsafe('ETCD_LOG_LEVEL=\nDAEMON_ARGS="--log-level debug"\n');
	});
});
