/**
 * What the product says about Patroni's etcd sections, in English: the Patroni rules' messages and fix titles,
 * and the hover text of each key. `patroniRu` has the same keys (its type is this object's type).
 */
export const patroniEn = {
	and: ' and ',
	'patroni-no-endpoint': {
		message: (section: string) => `${section} names no etcd endpoint: Patroni needs one of host, hosts, url, proxy or srv, and refuses to start without (unless a PATRONI_* variable supplies it).`,
	},
	'patroni-peer-port': {
		message: (host: string, member: string) => `${host} is ${member}'s peer URL, not a client URL: the peer listener does not serve the client API, so Patroni cannot talk to etcd there. Use the client port (2379 by default).`,
		related: (member: string) => `${member}'s peer URLs`,
	},
	'patroni-scheme-mismatch': {
		message: (host: string, patroni: string, member: string, advertised: string) => `Patroni talks ${patroni} to ${host}, but ${member} serves ${advertised}: the connection fails (TLS against plain HTTP or the other way round).`,
		protocolHint: (scheme: string) => ` Set protocol: ${scheme}.`,
		related: (member: string) => `${member}'s advertised client URLs`,
		setProtocol: (scheme: string) => `Set protocol: ${scheme}`,
	},
	'patroni-host-not-advertised': {
		message: (host: string, advertised: string) => `No member of this etcd cluster advertises ${host} as a client URL (they advertise ${advertised}): Patroni may not reach etcd there.`,
		peerPort: ' Port 2380 is etcd\'s peer port by convention; clients use 2379.',
		write: (hosts: string) => `List the members' client URLs: ${hosts}`,
	},
	'patroni-v2-api': {
		removed: (members: string, version: string) => `The etcd: section speaks etcd's v2 API, which ${members} (etcd ${version}) no longer has: Patroni cannot work with this cluster. Use an etcd3: section.`,
		off: (members: string) => `The etcd: section speaks etcd's v2 API, which ${members} do not serve (enable-v2 is off, the default since etcd 3.4): Patroni cannot work with this cluster. Use an etcd3: section, or enable-v2 on every member.`,
		someOff: (members: string) => `The etcd: section speaks etcd's v2 API, which ${members} do not serve (enable-v2 is off): Patroni fails on those members.`,
		deprecated: 'The etcd: section speaks etcd\'s v2 API: deprecated since etcd 3.4 and gone in 3.6. Plan the move to etcd3: (Patroni\'s v2 keys are not visible through v3: switch every node together and let Patroni write its state anew).',
		switch: 'Switch to etcd3: (v2 keys are not carried over: switch every Patroni node together)',
	},
	'patroni-grpc-gateway': {
		all: (members: string) => `Patroni's etcd3 client talks JSON over HTTP through etcd's gRPC gateway, which ${members} do not serve (etcd 3.4 from a YAML config file turns it on only with enable-grpc-gateway: true): Patroni cannot work with this cluster.`,
		some: (members: string) => `Patroni's etcd3 client talks JSON over HTTP through etcd's gRPC gateway, which ${members} do not serve (etcd 3.4 from a YAML config file turns it on only with enable-grpc-gateway: true): Patroni fails on those members.`,
		related: (member: string) => `${member} runs without the gateway`,
		add: (member: string) => `Turn on the gRPC gateway in ${member}'s config`,
	},
	'patroni-client-cert': {
		all: (members: string) => `${members} demand a client certificate (client-cert-auth or trusted-ca-file), but this section sets no cert: etcd refuses Patroni's TLS connections. Set cert and key (and cacert).`,
		some: (members: string) => `${members} demand a client certificate (client-cert-auth or trusted-ca-file), but this section sets no cert: those members refuse Patroni.`,
		related: (member: string) => `${member} demands client certificates`,
	},
	'patroni-no-cacert': {
		privateCa: (members: string) => `The client side of ${members} uses a private CA (trusted-ca-file), but this section sets no cacert: Patroni then checks etcd's certificates against the system's trust store and fails unless that CA is installed there. Set cacert to the CA's certificate.`,
		selfMade: (members: string) => `The client side of ${members} uses certificates etcd makes itself (auto-tls), but this section sets no cacert: Patroni then checks them against the system's trust store, which does not hold them, and fails. Give the members certificates of a CA of yours (cert-file, key-file) and set cacert to that CA.`,
		relatedPrivateCa: (member: string) => `${member}'s CA`,
		relatedSelfMade: (member: string) => `${member} makes its own certificate`,
	},
	'patroni-hosts-differ': {
		message: (other: string, hosts: string) => `${other} lists other etcd hosts (${hosts}): Patroni nodes of one cluster usually list the same etcd members.`,
	},
	hover: {
		section: {
			etcd: 'Patroni talks to etcd through the **v2 API**. etcd 3.4 and 3.5 serve it only with `enable-v2: true`; 3.6 removed it. New setups use `etcd3:`. Keys written through v2 are not visible through v3, so a switch needs every node switched together.',
			etcd3: 'Patroni talks to etcd through the **v3 API**, as JSON over HTTP through etcd\'s gRPC gateway (`/v3/...`). The gateway is on by default, except in etcd 3.4 run from a YAML config file: there set `enable-grpc-gateway: true`.',
		},
		keys: {
			host: 'One etcd endpoint, `host:port` (port 2379 when left out). Patroni then discovers the other members from it.',
			hosts: 'The etcd endpoints, `host:port` each: a YAML list, or one string with commas. List the members\' **client** URLs (`advertise-client-urls`, port 2379), never the peer port 2380.',
			url: 'One etcd endpoint as a URL, `http://host:2379`; its scheme replaces `protocol`, and user:password in it log in.',
			proxy: 'An etcd proxy\'s URL: Patroni talks only to it and does not discover the members.',
			srv: 'A DNS domain: Patroni looks up etcd\'s SRV records there (`_etcd-client-ssl`, `_etcd-client`, … `_etcd-server`). Depends on DNS, so we cannot check it against the files.',
			srv_suffix: 'A suffix for the SRV names (`_etcd-client-<suffix>`), to tell several etcd clusters under one domain apart. Only with `srv`.',
			protocol: '`http` (the default) or `https`, for `host`/`hosts`. Must match the scheme of the members\' client URLs.',
			use_proxies: 'Treat `hosts` as proxies: Patroni does not discover the cluster\'s members behind them.',
			port: 'The port for `hosts` items without one (2379 by default).',
			cacert: 'The CA certificate that signed etcd\'s server certificates: Patroni verifies etcd against it. Without it Patroni (with urllib3 1.25 or later) verifies etcd against the system\'s trust store, which holds no private CA.',
			cert: 'Patroni\'s client certificate, needed when etcd runs with `client-cert-auth`. With the v3 API it goes through the gRPC gateway, so etcd\'s CN-based authentication does not apply.',
			key: 'The private key of `cert`; may be left out when `cert` holds the key too.',
			username: 'The etcd user Patroni logs in as (etcd authentication).',
			password: 'The etcd user\'s password. Better set it in the PATRONI_ETCD3_PASSWORD variable than in the file; we never show it.',
		} as Record<string, string>,
		variable: (key: string, section: string) => `Sets \`${key}\` of Patroni's \`${section}:\` section; it wins over the YAML file.`,
		cluster: (members: string) => `etcd cluster: ${members}`,
		noCluster: 'No etcd cluster of the workspace advertises these hosts.',
	},
	lens: {
		cluster: (members: string) => `etcd cluster: ${members}`,
		nodes: (count: number, names: string) => `${count} Patroni ${count === 1 ? 'node' : 'nodes'}: ${names}`,
		noCluster: 'No etcd cluster of the workspace advertises these hosts',
	},
	completion: {
		host: (member: string) => `${member}'s advertised client URL`,
		all: 'every member\'s advertised client URL',
	},
};

export type PatroniMessages = typeof patroniEn;
