import { describe, it } from 'node:test';
import { expectProblems } from './ruleTest';

const id = 'existing-alone';

describe('existing-alone', () => {
	it('stays quiet on new, and on existing with other members listed', () => {
		expectProblems(id, 'ETCD_INITIAL_CLUSTER_STATE=new\n');
		expectProblems(id, 'ETCD_NAME=a\nETCD_INITIAL_CLUSTER_STATE=existing\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,b=http://10.0.0.2:2380\n');
		expectProblems(id, 'ETCD_INITIAL_CLUSTER_STATE=existing\nETCD_DISCOVERY_SRV=example.com\n');
	});
	// v3.5.33:server/etcdserver/server.go:422 (observed on 3.4.23: "cannot fetch cluster info from peer urls")
	it('marks existing with no other member to ask', () => {
		expectProblems(id, 'ETCD_INITIAL_CLUSTER_STATE=⟦existing⟧\n');
		expectProblems(id, 'ETCD_NAME=a\nETCD_INITIAL_CLUSTER_STATE=⟦existing⟧\nETCD_INITIAL_CLUSTER=a=http://10.0.0.1:2380,a=http://10.0.0.1:2381\n', { version: '3.7' });
		expectProblems(id, 'initial-cluster-state: ⟦existing⟧\n', { file: 'etcd.conf.yml', version: '3.4.23' });
	});
});
