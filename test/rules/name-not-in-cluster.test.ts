import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pg3, pg3With } from './membershipFixtures';
import { applyFix, check, expectProblems } from './ruleTest';

describe('name-not-in-cluster', () => {
	it('stays quiet on the user\'s pg3', () => {
		expectProblems('name-not-in-cluster', pg3);
	});
	it('fires when ETCD_NAME is missing from the list', () => {
		const [problem] = expectProblems('name-not-in-cluster', pg3With('ETCD_NAME', 'ETCD_NAME=⟦"pg4"⟧'));
		assert.match(problem.message, /'pg4'.*'pg1', 'pg2', 'pg3'/);
	});
	it('leaves a name the list holds with blanks to member-name-blanks, on the list where the mistake is', () => {
		const text = 'ETCD_NAME=b\nETCD_INITIAL_CLUSTER=a=http://127.0.0.1:2380, b=http://127.0.0.2:2380\n';
		expectProblems('name-not-in-cluster', text);
		expectProblems('member-name-blanks', 'ETCD_NAME=b\nETCD_INITIAL_CLUSTER=a=http://127.0.0.1:2380,⟦ b⟧=http://127.0.0.2:2380\n');
	});
	it('is quiet without ETCD_NAME (the unit then uses the host name) or without a list', () => {
		expectProblems('name-not-in-cluster', 'ETCD_INITIAL_CLUSTER=a=http://127.0.0.1:2380\n');
		expectProblems('name-not-in-cluster', 'ETCD_NAME=x\n');
	});
	it('says when the name is a specifier or variable that nothing expanded (%H in an env file)', () => {
		const [problem] = expectProblems('name-not-in-cluster', 'ETCD_NAME=⟦%H⟧\nETCD_INITIAL_CLUSTER=mon1=http://mon1:2380\n');
		assert.match(problem.message, /Nothing expands %H before etcd reads it/);
	});
	it('skips templated values', () => {
		expectProblems('name-not-in-cluster', 'ETCD_NAME="{{ inventory_hostname }}"\nETCD_INITIAL_CLUSTER=a=http://127.0.0.1:2380\n');
	});
	it('adds the member with its advertised peer URL', () => {
		const text = 'ETCD_NAME="pg4"\r\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.4:2380"\r\n# the list\r\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380"\r\n';
		assert.equal(applyFix('name-not-in-cluster', text, /Add pg4/),
			'ETCD_NAME="pg4"\r\nETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.0.0.4:2380"\r\n# the list\r\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg4=http://10.0.0.4:2380"\r\n');
	});
	it('points at the list', () => {
		const { problems } = check('name-not-in-cluster', pg3With('ETCD_NAME', 'ETCD_NAME="x"'));
		assert.equal(problems[0].related?.length, 1);
	});
	// v3.5.33:server/config/config.go:239: a config file without a name is member `default`, which the list must name
	it('leaves a YAML file without a name, member default, to missing-name', () => {
		expectProblems('name-not-in-cluster', 'initial-cluster: a=http://10.0.0.1:2380\n', { file: 'etcd.conf.yml' });
		expectProblems('missing-name', '⟦initial-cluster⟧: a=http://10.0.0.1:2380\n', { file: 'etcd.conf.yml' });
		expectProblems('missing-name', 'initial-cluster: default=http://10.0.0.1:2380\n', { file: 'etcd.conf.yml' });
	});
});
