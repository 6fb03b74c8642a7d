/*
 * The member files of the three-member differential suite (cluster.test.ts), apart from it so that the systemd
 * differential suite (systemd.test.ts) reads the same files.
 */

export type Member = 'pg1' | 'pg2' | 'pg3';
export const members: Member[] = ['pg1', 'pg2', 'pg3'];

export function memberFile(subnet: number, member: Member): string {
	const ip = (m: Member) => `127.0.${subnet}.${members.indexOf(m) + 1}`;
	return [
		`ETCD_NAME="${member}"`,
		`ETCD_LISTEN_CLIENT_URLS="http://${ip(member)}:2379"`,
		`ETCD_ADVERTISE_CLIENT_URLS="http://${ip(member)}:2379"`,
		`ETCD_LISTEN_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${ip(member)}:2380"`,
		`ETCD_INITIAL_CLUSTER="${members.map(m => `${m}=http://${ip(m)}:2380`).join(',')}"`,
		`ETCD_INITIAL_CLUSTER_TOKEN="diff-${subnet}"`,
		'ETCD_INITIAL_CLUSTER_STATE="new"',
		'',
	].join('\n');
}

export interface Case {
	readonly name: string;
	/** Changes one or more member files of an agreeing cluster. */
	readonly change: (files: Record<Member, string>, subnet: number) => void;
}

export const cases: Case[] = [
	{ name: 'three agreeing members', change: () => undefined },
	{ name: 'a token that differs on one member', change: f => { f.pg3 = f.pg3.replace(/TOKEN="[^"]*"/, 'TOKEN="another-token"'); } },
	{ name: 'a member list that differs on one member', change: (f, s) => { f.pg1 = f.pg1.replace(`pg3=http://127.0.${s}.3:2380`, `pg3=http://127.0.${s}.4:2380`); } },
	{ name: 'the same members in another order on one member', change: (f, s) => {
		f.pg2 = f.pg2.replace(/ETCD_INITIAL_CLUSTER="[^"]*"/, `ETCD_INITIAL_CLUSTER="pg3=http://127.0.${s}.3:2380,pg1=http://127.0.${s}.1:2380,pg2=http://127.0.${s}.2:2380"`);
	} },
	{ name: 'the default token on every member', change: f => { for (const m of members) f[m] = f[m].replace(/ETCD_INITIAL_CLUSTER_TOKEN="[^"]*"\n/, ''); } },
	{ name: 'heartbeat and election timing that differ', change: f => { f.pg2 += 'ETCD_HEARTBEAT_INTERVAL="50"\nETCD_ELECTION_TIMEOUT="500"\n'; } },
	{ name: 'a member missing from one member\'s list', change: (f, s) => { f.pg1 = f.pg1.replace(`,pg3=http://127.0.${s}.3:2380`, ''); } },
	{ name: 'blanks after the commas in every list', change: f => { for (const m of members) f[m] = f[m].replace(/,pg/g, ', pg'); } },
];
