import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './ruleTest';

const yaml = { file: 'etcd.conf.yml' };
const messages = (ruleId: string, text: string, options = {}) => check(ruleId, text, options).problems.map(p => p.message);
const titles = (ruleId: string, text: string, options = {}) => check(ruleId, text, options).problems.flatMap(p => p.fixes?.map(f => f.title) ?? []);

describe('rule messages name options as the file spells them', () => {
	it('YAML keys in a YAML file', () => {
		const text = 'name: pg4\ninitial-advertise-peer-urls: http://10.0.0.4:2380\ninitial-cluster: pg1=http://10.0.0.1:2380\n';
		assert.match(messages('name-not-in-cluster', text, yaml)[0], /^name is 'pg4', but initial-cluster lists only 'pg1'/);
		assert.deepEqual(titles('name-not-in-cluster', text, yaml), ['Add pg4 to initial-cluster']);
		const mismatch = 'name: pg1\ninitial-advertise-peer-urls: http://10.0.0.9:2380\ninitial-cluster: pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380\n';
		assert.match(messages('advertise-peer-mismatch', mismatch, yaml)[0], /but initial-cluster lists pg1 at/);
		assert.ok(titles('advertise-peer-mismatch', mismatch, yaml).includes('Advertise http://10.0.0.1:2380 as in initial-cluster'));
		const noToken = 'name: pg1\ninitial-cluster: pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380\n';
		assert.match(messages('cluster-token', noToken, yaml)[0], /^No initial-cluster-token:/);
	});
	it('flags in DAEMON_ARGS', () => {
		const text = 'DAEMON_ARGS="--name pg1 --initial-cluster=pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380 --initial-cluster-state=existing --discovery=https://discovery.example/x"\n';
		assert.match(messages('existing-with-discovery', text)[0], /while --initial-cluster-state is existing: .* from --initial-cluster,/);
		assert.match(messages('cluster-token', text)[0], /^No --initial-cluster-token:/);
		const listen = 'DAEMON_ARGS="--listen-client-urls=http://10.0.0.1:2379"\n';
		assert.match(messages('missing-advertise-client', listen)[0], /^--listen-client-urls is set but --advertise-client-urls is not/);
	});
	it('env names in an env file, as before', () => {
		const text = 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380, pg2=http://10.0.0.2:2380"\n';
		assert.match(messages('member-name-blanks', text)[0], /no member's ETCD_NAME matches/);
		assert.deepEqual(titles('member-name-blanks', text), ['Remove the blanks from ETCD_INITIAL_CLUSTER']);
	});
});
