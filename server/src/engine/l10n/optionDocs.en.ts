import type { OptionDoc } from './optionDoc';

/** Our explanation of every etcd option, in English, keyed by the option's canonical name. */
export const docsEn: Readonly<Record<string, OptionDoc>> = {
	'auth-token': {
		summary: 'Chooses the kind of token a member issues after a user logs in with authentication enabled: `simple` or signed `jwt`.',
		details:
			'This only matters once authentication is switched on (`etcdctl auth enable`). A `simple` token is a random string that only the issuing member remembers: when a client fails over to another member it has to log in again, and etcd prints a warning about the unsigned tokens at every start. The default is acceptable for a small Patroni cluster, since the client libraries re-authenticate by themselves.\n\n' +
			'A `jwt` token is signed, so every member can check it without shared state. Write `jwt`, then a comma-separated list of `key=value` settings: `pub-key=` and `priv-key=` (key file paths), `sign-method=` (for example `RS256` or `ES256`) and optionally `ttl=` (a Go duration such as `10m`). Give every member the same key pair so that tokens issued by one member are valid on the others.\n\n' +
			'A piece without `=`, a key given twice, an unknown signing method or unreadable key files stop etcd at start; unknown option names only produce a warning. There is no space after the commas.',
		example: 'ETCD_AUTH_TOKEN="jwt,pub-key=/etc/etcd/jwt/jwt.pub,priv-key=/etc/etcd/jwt/jwt.key,sign-method=RS256,ttl=10m"',
	},
	'auth-token-ttl': {
		summary: 'Number of seconds a `simple` auth token stays valid without being used.',
		details:
			'Each request made with a simple token pushes its expiry forward again, so the value only limits idle sessions; after that the client has to log in again, which the standard client libraries do automatically. Write a plain number of seconds (`600`), not `10m`. It has no effect on `jwt` tokens, whose lifetime is the `ttl=` option inside `auth-token`.\n\n' +
			'The option appeared in 3.4.10; older 3.4 patch releases do not know it.',
		example: 'ETCD_AUTH_TOKEN_TTL="600"',
	},
	'bcrypt-cost': {
		summary: 'Work factor used when etcd hashes the passwords of its auth users with bcrypt.',
		details: 'Every increase by one doubles the CPU time of each password check, which happens on every login. The default `10` is a sensible balance; raising it mostly makes logins slower. Accepted range is 4 to 31: anything outside it is replaced by 10 with a warning at start. Existing password hashes keep the cost they were created with; the setting applies to passwords set afterwards.',
		example: 'ETCD_BCRYPT_COST="10"',
	},
	'advertise-client-urls': {
		summary: 'The client URLs this member publishes in the member list, so that clients and tools know where to reach it.',
		details:
			'etcd stores these URLs in the cluster membership. Clients that learn their endpoints from the cluster use them: `etcdctl member list` shows them, most client libraries sync to them, and Patroni by default refreshes its list of etcd hosts from the cluster after the first connection. A value such as `localhost`, `0.0.0.0` or an address the other hosts cannot route to therefore often looks fine on the member itself but breaks clients elsewhere — typically Patroni loses etcd shortly after it started.\n\n' +
			'Host names are allowed here; each URL needs a host and a port and must not carry a path (a trailing `/` counts as one). Unlike the peer URLs, client URLs are published again on every start, so a correction takes effect after a restart. List only addresses that are actually served by `listen-client-urls`.\n\n' +
			'With env variables or flags, setting `listen-client-urls` discards the default `http://localhost:2379`, and etcd refuses to start until this option is set too. A YAML config file keeps the default instead, which is rarely what you want on a multi-host cluster.',
		example: 'ETCD_ADVERTISE_CLIENT_URLS="http://192.168.45.201:2379"',
	},
	'discovery': {
		summary: 'URL of a v2 discovery service that the founding members use to find each other instead of a static `initial-cluster`.',
		details:
			'Each new member registers itself under a per-cluster URL (a token created on the discovery service for an expected cluster size) and waits until all members have arrived; the collected list then takes the place of `initial-cluster`. Use a fresh token URL for every cluster you build. If the token is already full, extra members follow `discovery-fallback`; an unreachable service stops the first start.\n\n' +
			'It is a bootstrap-only setting: once the member has data, etcd ignores it and just logs a warning. It cannot be combined with an explicit `initial-cluster` or with `discovery-srv` (etcd refuses more than one bootstrap method), and it must be empty when `initial-cluster-state=existing`. For three fixed Patroni hosts, a static `initial-cluster` is simpler and has no external dependency.\n\n' +
			'This is the v2 discovery protocol: 3.6 still accepts it but warns, and 3.7 no longer defines the option at all, although the 3.7 help text still mentions it. On 3.6 and later use v3 discovery (`discovery-token` with `discovery-endpoints`).',
		example: 'ETCD_DISCOVERY="http://192.168.45.10:2379/v2/keys/discovery/6c007a14875d53d9bf0ef5a6fc0257c8"',
	},
	'discovery-cacert': {
		summary: 'CA certificate file used to verify the etcd cluster that serves v3 discovery.',
		details: 'Only relevant with v3 discovery (`discovery-token` + `discovery-endpoints`, etcd 3.6+) when the discovery endpoints use TLS. Giving a CA, client certificate or key makes the discovery client connect over TLS. In a YAML config file the value lives under `discovery-config.client.secure.cacert`.',
		example: 'ETCD_DISCOVERY_CACERT="/etc/etcd/pki/discovery-ca.crt"',
	},
	'discovery-cert': {
		summary: 'Client certificate this member presents to the v3 discovery cluster.',
		details: 'Needed only when the etcd cluster used for discovery requires client certificates; set `discovery-key` to the matching private key. Applies to v3 discovery on etcd 3.6 and later. YAML key: `discovery-config.client.secure.cert`.',
		example: 'ETCD_DISCOVERY_CERT="/etc/etcd/pki/discovery-client.crt"',
	},
	'discovery-dial-timeout': {
		summary: 'How long the v3 discovery client waits to open a connection to a discovery endpoint.',
		details: 'A Go duration with a unit (`2s`, `500ms`); a bare number fails. Raise it only if the discovery cluster is far away or slow to accept connections. Used during the first start of a member with v3 discovery (3.6+); in YAML it is written in nanoseconds under `discovery-config.client.dial-timeout`.',
		example: 'ETCD_DISCOVERY_DIAL_TIMEOUT="5s"',
	},
	'discovery-endpoints': {
		summary: 'Client URLs of the existing etcd cluster that serves as v3 discovery service.',
		details:
			'Together with `discovery-token` this replaces a static `initial-cluster` on etcd 3.6 and later: the new members register themselves in that other cluster and read the member list from it. Both options must be set together; setting only one of them, or leaving an empty entry in the list, stops the start. Separate URLs with commas and no blanks, since the entries are not trimmed.\n\n' +
			'The discovery cluster must be a different, already running etcd cluster, not the one you are building. Like every bootstrap setting it is read only on a member\'s first start; it also counts as a bootstrap method, so do not combine it with `initial-cluster` or `discovery-srv`. In YAML it is a list under `discovery-config.client.endpoints`.',
		example: 'ETCD_DISCOVERY_ENDPOINTS="http://192.168.45.10:2379,http://192.168.45.11:2379,http://192.168.45.12:2379"',
	},
	'discovery-fallback': {
		summary: 'What a member does when v2 discovery says the cluster is already full: `exit`, or on 3.4/3.5 also `proxy`.',
		details: 'With `proxy` (the 3.4/3.5 default) the surplus process turns into a v2 proxy that forwards client requests to the cluster instead of becoming a member — easy to mistake for a working member. `exit` simply stops it, which is clearer. From 3.6 on only `exit` is valid and is the default; `proxy` in the environment or on the command line makes 3.6 refuse to start. The option has no effect without `discovery`.',
		example: 'ETCD_DISCOVERY_FALLBACK="exit"',
	},
	'discovery-insecure-skip-tls-verify': {
		summary: 'Turns off verification of the discovery cluster\'s TLS certificate for v3 discovery.',
		details: 'The connection is still encrypted but anyone in the path could impersonate the discovery service and feed the new members a wrong member list. Use it only in a lab; in production give the proper CA with `discovery-cacert`. Booleans accept `true`/`false`/`1`/`0`, not `yes`. Available from 3.6.',
		example: 'ETCD_DISCOVERY_INSECURE_SKIP_TLS_VERIFY="false"',
	},
	'discovery-insecure-transport': {
		summary: 'Allows the v3 discovery client to talk to the discovery cluster without TLS when no certificate files are given.',
		details: 'The default `true` means a plain `http` connection is used unless you configure `discovery-cacert`, `discovery-cert` or `discovery-key`. Set it to `false` when the discovery endpoints use `https` and you want TLS even without providing files (the server is then checked against the system CA store). Only relevant for v3 discovery on 3.6 and later.',
		example: 'ETCD_DISCOVERY_INSECURE_TRANSPORT="false"',
	},
	'discovery-keepalive-time': {
		summary: 'Interval after which the v3 discovery client pings an idle connection to the discovery cluster.',
		details: 'A Go duration (`2s`, `10s`), default 2 seconds. Only matters while a new member waits at bootstrap for the other members to register; rarely worth changing. In YAML it is written in nanoseconds under `discovery-config.client.keepalive-time`.',
		example: 'ETCD_DISCOVERY_KEEPALIVE_TIME="2s"',
	},
	'discovery-keepalive-timeout': {
		summary: 'How long the v3 discovery client waits for an answer to a keepalive ping before dropping the connection.',
		details: 'A Go duration with a unit, default `6s`. Raise it if the discovery cluster sits behind a slow or lossy link and bootstrap keeps failing with connection resets. YAML: nanoseconds under `discovery-config.client.keepalive-timeout`. etcd 3.6+.',
		example: 'ETCD_DISCOVERY_KEEPALIVE_TIMEOUT="6s"',
	},
	'discovery-key': {
		summary: 'Private key that belongs to `discovery-cert`, for client-certificate login to the v3 discovery cluster.',
		details: 'Set it together with `discovery-cert`; the file must be readable by the user etcd runs as (usually `etcd`) and should not be readable by anyone else. etcd 3.6+; YAML key `discovery-config.client.secure.key`.',
		example: 'ETCD_DISCOVERY_KEY="/etc/etcd/pki/discovery-client.key"',
	},
	'discovery-password': {
		summary: 'Password for the user named in `discovery-user`, when the v3 discovery cluster has authentication enabled.',
		details: 'The password sits in clear text in the environment file, so make the file readable only by root and the etcd user (files under `/etc/default` are normally world-readable). Certificate login (`discovery-cert`/`discovery-key`) avoids storing a password. etcd 3.6+.',
		example: 'ETCD_DISCOVERY_PASSWORD="change-me-discovery"',
	},
	'discovery-proxy': {
		summary: 'HTTP proxy through which a member reaches the v2 discovery service.',
		details: 'Only used with `discovery` (v2). Set it when the hosts can reach the discovery URL only through an outbound proxy. It is deprecated in 3.6, where combining it with any v3 discovery option stops the start, and it no longer exists in 3.7.',
		example: 'ETCD_DISCOVERY_PROXY="http://192.168.45.5:3128"',
	},
	'discovery-request-timeout': {
		summary: 'Time limit for each request the v3 discovery client sends to the discovery cluster.',
		details: 'A Go duration, default `5s`; a bare number without unit is rejected. Increase it only if the discovery cluster is slow to answer. YAML: nanoseconds under `discovery-config.client.request-timeout`. etcd 3.6+.',
		example: 'ETCD_DISCOVERY_REQUEST_TIMEOUT="5s"',
	},
	'discovery-srv': {
		summary: 'DNS domain whose SRV records list the founding members\' peer addresses, used instead of a static `initial-cluster`.',
		details:
			'On its first start the member looks up `_etcd-server-ssl._tcp.<domain>` (for `https` peers) and `_etcd-server._tcp.<domain>` (for `http` peers) and builds the initial member list from the targets and ports. This member\'s `initial-advertise-peer-urls` must correspond to one of those records, otherwise bootstrap fails; DNS must be working at that moment.\n\n' +
			'etcd consults it only on a member\'s first start, before any data exists, and it is an alternative to `initial-cluster` and `discovery` — setting more than one bootstrap method stops etcd. Write a bare domain such as `etcd.example.internal`, not a URL.',
		example: 'ETCD_DISCOVERY_SRV="etcd.example.internal"',
	},
	'discovery-srv-name': {
		summary: 'Suffix added to the SRV service names that `discovery-srv` looks up, so several clusters can share one DNS domain.',
		details: 'With the value `pgha`, etcd queries `_etcd-server-ssl-pgha._tcp.<domain>` and `_etcd-server-pgha._tcp.<domain>` instead of the plain names. Has no effect unless `discovery-srv` is set.',
		example: 'ETCD_DISCOVERY_SRV_NAME="pgha"',
	},
	'discovery-token': {
		summary: 'Name under which the founding members of this cluster meet in the v3 discovery cluster.',
		details:
			'All founding members must use the same token, and each new cluster needs a token of its own; reusing one makes members find a registration that is already complete. Before the members start, store the expected cluster size in the discovery cluster under `/_etcd/registry/<token>/_config/size` (for example with `etcdctl put`).\n\n' +
			'Set it together with `discovery-endpoints` — one without the other stops the start. It is only read on the first start of a member. Available from etcd 3.6; YAML key `discovery-config.token`.',
		example: 'ETCD_DISCOVERY_TOKEN="pg-ha-prod"',
	},
	'discovery-user': {
		summary: 'User name for logging in to the v3 discovery cluster when it has authentication enabled.',
		details: 'The value may also carry the password as `user:password`; the separate `discovery-password` option keeps it apart. Either way the secret ends up in the environment file, so restrict that file to root and the etcd user. etcd 3.6+.',
		example: 'ETCD_DISCOVERY_USER="discovery"',
	},
	'initial-advertise-peer-urls': {
		summary: 'The peer URLs this member announces to the other members when it is created.',
		details:
			'The other members connect to these URLs on the peer port, so they must be addresses the other hosts can really reach — never `0.0.0.0`, `[::]`, or a loopback address in a multi-host cluster (etcd accepts those and the cluster simply never forms). Host names are allowed here, unlike in listen URLs; each URL needs a host and a port and no path, not even a trailing `/`.\n\n' +
			'At bootstrap this set of URLs has to equal what `initial-cluster` lists under this member\'s `name`, or the first start fails. The comparison is on the text first; when host names are involved etcd tries resolving them for up to 30 seconds, and `localhost` is never considered equal to `127.0.0.1`. The URLs are also hashed with `initial-cluster-token` into the member ID, so every founding member must list exactly these URLs for this member.\n\n' +
			'Like the other `initial-*` settings it only counts while the member has no data; editing it later changes nothing. To move a running member to another peer address, run `etcdctl member update <member-id> --peer-urls=…` first and then restart it with the new listen and advertise values.',
		example: 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://192.168.45.201:2380"',
	},
	'initial-cluster': {
		summary: 'The list of founding members as `name=peer-URL` pairs, read only when this member is created.',
		details:
			'Write one `name=url` pair per member, separated by commas. The names must match each member\'s `name` exactly (on Debian that is the host name unless `ETCD_NAME` is set) and the URLs must match each member\'s `initial-advertise-peer-urls`; writing the same name twice hands both URLs to that single member. Do not put a blank after a comma: the URLs are trimmed but the names are not, so `pg1=…, pg2=…` declares a member called ` pg2` that nobody matches, and the cluster never forms. Never list `0.0.0.0`.\n\n' +
			'When a cluster is built from scratch, all of its founding members need the same list and the same `initial-cluster-token`. Member IDs and the cluster ID are computed from the peer URLs plus the token, so a list that differs on one member — an extra member, a host name instead of an IP, `http` instead of `https` — makes the members compute different IDs, reject each other\'s traffic and never elect a leader. etcd only notices this at runtime.\n\n' +
			'etcd reads the list only while the data directory has no WAL. After the first successful start it is ignored, so editing it later does not add or remove members; membership changes at runtime with `etcdctl member add` / `member remove`. A member joining a running cluster (`initial-cluster-state=existing`) has to name every member the cluster has right now, and itself, using exactly the peer URLs stored in the cluster. Left unset with a changed `name`, it defaults to a one-member list made of `name` and the advertised peer URLs. Do not combine it with `discovery`, `discovery-srv` or `discovery-endpoints`.',
		example: 'ETCD_INITIAL_CLUSTER="pg1=http://192.168.45.201:2380,pg2=http://192.168.45.202:2380,pg3=http://192.168.45.203:2380"',
	},
	'initial-cluster-state': {
		summary: 'Whether this member founds a new cluster (`new`) or joins a running one (`existing`) on its first start.',
		details:
			'Only `new` (the default) and `existing` are valid, in lower case. etcd reads this setting only while the member\'s data directory holds no WAL: on its very first start, or on a start after its data was lost. A member that has data restarts from it and ignores the setting.\n\n' +
			'Use `new` on every founding member for the first start of the cluster. Use `existing` for a member that joins a running cluster: announce it first with `etcdctl member add <name> --peer-urls=http://<ip>:2380`, then start it with `existing` and an `initial-cluster` that names every present member and the newcomer. With `existing`, leave discovery unset.\n\n' +
			'After the first start, switch every member to `existing`. Restarts do not change, and the file then says what is true: the cluster exists. `new` is dangerous exactly where a data directory is empty again (disk replaced, `/var/lib/etcd` deleted) or on a member added later: such a member tries to found the cluster anew; its peers refuse it when they know it, and when none of them answers it starts a second cluster of its own. To bring a member with lost data back: `etcdctl member remove`, `member add` again, an empty data directory, and a start with `existing`.',
		example: 'ETCD_INITIAL_CLUSTER_STATE="existing"',
	},
	'initial-cluster-token': {
		summary: 'A cluster label that, together with the peer URLs, determines the member IDs and the cluster ID of a new cluster.',
		details:
			'Its purpose is to keep clusters apart: two clusters built on the same addresses — a rebuild on the same three hosts, a test cluster reusing production IPs — get different IDs if their tokens differ, so stray members of one cannot join the other. Choose a unique value per cluster; the default `etcd-cluster` works but gives no such protection.\n\n' +
			'All founding members must use the identical token. A member with a different token (or a typo) computes different IDs for everyone; the members then discard each other\'s messages as coming from a foreign cluster, and a leader never gets elected.\n\n' +
			'Like `initial-cluster`, it is read only on a member\'s first start (no WAL yet) and ignored afterwards, so changing it on a running cluster has no effect. A member that joins an existing cluster gets its ID from `etcdctl member add`, so its token does not matter.',
		example: 'ETCD_INITIAL_CLUSTER_TOKEN="pg-ha-prod"',
	},
	'max-learners': {
		summary: 'Maximum number of learner (non-voting) members the cluster accepts at the same time.',
		details: 'A learner is added with `etcdctl member add --learner`, receives the data without counting for quorum, and is promoted with `etcdctl member promote` once it has caught up — a safer way to grow or replace members. The default of 1 is enough for replacing one member at a time; raise it only if you add several learners at once. Available from etcd 3.6.',
		example: 'ETCD_MAX_LEARNERS="1"',
	},
	'next-cluster-version-compatible': {
		summary: 'Lets a 3.4 server start on data, or join a cluster, that is already at cluster version 3.5 — needed only for a 3.5 → 3.4 downgrade.',
		details: 'Set it on the 3.4 members during a rolling downgrade from 3.5 and remove it once the downgrade is done. It exists only from 3.4.31 on: Debian 12\'s 3.4.23 does not know it and warns about an unrecognised variable. 3.5 and later do not have it.',
		example: 'ETCD_NEXT_CLUSTER_VERSION_COMPATIBLE="true"',
	},
	'pre-vote': {
		summary: 'Makes a member check whether it could win an election before actually starting one.',
		details:
			'Without pre-vote, a member that was cut off for a moment (network hiccup, long GC pause) raises the term when it comes back and forces the healthy leader to step down — a needless election that briefly stops writes and can make Patroni report etcd errors. With pre-vote it first asks the others and only campaigns if they would vote for it.\n\n' +
			'The default is `false` on 3.4 and `true` from 3.5 on. On 3.4 (e.g. Debian 12) turning it on is recommended; give all members the same value. Write `true` or `false` — env values such as `yes` or `on` are rejected.',
		example: 'ETCD_PRE_VOTE="true"',
	},
	'strict-reconfig-check': {
		summary: 'Rejects membership changes that would leave the cluster without a working quorum.',
		details: 'With it on (the default), etcd refuses, for example, to add a member while too few existing members are connected, or to remove one when that would break quorum. Turning it off lets such changes through and can leave a cluster that cannot elect a leader. Keep it `true`.',
		example: 'ETCD_STRICT_RECONFIG_CHECK="true"',
	},
	'debug': {
		summary: 'Old 3.4 switch that turns on debug-level logging.',
		details: 'It is deprecated in 3.4 and gone from 3.5 on: there `ETCD_DEBUG` only produces a warning about an unrecognised variable and is otherwise ignored, and `--debug` on the command line is a start error. Use `log-level=debug` instead. Old RHEL templates still carry `ETCD_DEBUG="false"`; just delete the line.',
		example: 'ETCD_DEBUG="false"',
	},
	'enable-log-rotation': {
		summary: 'Lets etcd rotate its own log file, configured by `log-rotation-config-json`.',
		details: 'Only works when `log-outputs` names exactly one file path; any other combination (stderr, the journal, several outputs) makes etcd refuse to start. Under systemd, logging to stderr/journald and letting journald rotate is usually simpler. Available from 3.5.',
		example: 'ETCD_ENABLE_LOG_ROTATION="true"',
	},
	'log-format': {
		summary: 'Layout of log lines: `json` (default) or `console` (tab-separated, easier to read by eye).',
		details: 'Keep `json` if the logs are shipped to a collector that parses fields; `console` is friendlier when you read `journalctl -u etcd` by hand. Any other value stops etcd at start. The option exists from 3.6 on; earlier versions always log JSON with the zap logger.',
		example: 'ETCD_LOG_FORMAT="console"',
	},
	'log-level': {
		summary: 'Minimum severity etcd logs: `debug`, `info` (default), `warn`, `error`, `dpanic`, `panic` or `fatal`.',
		details:
			'`info` is the right level for normal operation; `warn` hides routine messages and keeps the slow-request and heartbeat warnings that matter when diagnosing latency. `debug` is very verbose and should be switched on only while chasing a problem.\n\n' +
			'The spelling is strict: `warning` is not a level, and an unknown value makes etcd crash at start with a Go stack trace rather than a clean error. 3.4 accepts only lower case (`INFO` crashes it); 3.5 and later accept any case. On 3.4 this replaces the deprecated `debug` and `log-package-levels` options.',
		example: 'ETCD_LOG_LEVEL="info"',
	},
	'log-output': {
		summary: 'Old singular spelling of `log-outputs`, deprecated in 3.4 and removed in 3.5.',
		details: 'Use `log-outputs` instead. On 3.4, setting both to different values stops the start; from 3.5 on `ETCD_LOG_OUTPUT` only triggers an unrecognised-variable warning and has no effect. It still appears in old RHEL templates — delete it.',
		example: 'ETCD_LOG_OUTPUT="default"',
	},
	'log-outputs': {
		summary: 'Where etcd writes its log: `default`, `stderr`, `stdout`, `systemd/journal`, or file paths, comma-separated.',
		details:
			'With the zap logger, `default` means stderr, which under systemd ends up in the journal anyway (`journalctl -u etcd`). `systemd/journal` writes to journald directly with structured fields; it cannot be combined with `default`, and `default` cannot be combined with anything else. A file path must be writable by the etcd user, or the start fails.\n\n' +
			'Several targets are separated by commas without blanks — the entries are not trimmed, so `stderr, /var/log/etcd/etcd.log` names a file path starting with a space. With 3.4\'s default `capnslog` logger only one of `default`, `stderr` or `stdout` is allowed; switch to `logger=zap` for anything else. For log rotation by etcd itself, use exactly one file path plus `enable-log-rotation`.',
		example: 'ETCD_LOG_OUTPUTS="stderr"',
	},
	'log-package-levels': {
		summary: 'Per-package log levels for 3.4\'s old capnslog logger, such as `etcdserver=DEBUG`.',
		details: 'Only meaningful on 3.4 with `logger=capnslog`, and deprecated there; removed in 3.5, where the variable is reported as unrecognised and ignored. Use a single `log-level` with the zap logger instead.',
		example: 'ETCD_LOG_PACKAGE_LEVELS="etcdserver=INFO,raft=WARNING"',
	},
	'log-rotation-config-json': {
		summary: 'JSON settings for etcd\'s built-in log rotation: maximum file size, age, number of old files, local time and compression.',
		details:
			'Used only with `enable-log-rotation=true`. The keys are `maxsize` (megabytes per file), `maxage` (days to keep), `maxbackups` (old files to keep; `0` keeps all), `localtime` and `compress`; the default rotates at 100 MB and never deletes. Invalid JSON stops the start.\n\n' +
			'In an environment file, wrap the JSON in single quotes so the double quotes survive both systemd and a shell. Available from 3.5.',
		example: 'ETCD_LOG_ROTATION_CONFIG_JSON=\'{"maxsize": 100, "maxage": 14, "maxbackups": 10, "localtime": true, "compress": true}\'',
	},
	'logger': {
		summary: 'Which logging library etcd uses: `zap` (structured JSON), or on 3.4 the legacy `capnslog`.',
		details:
			'On 3.4 the default is still `capnslog`, which prints a deprecation warning on every start, only supports a single simple output, and is removed later; set `zap` on 3.4 (Debian 12 included) to get the same structured logs as newer versions and avoid surprises on upgrade. From 3.5 on `zap` is the only choice and the default; an old `ETCD_LOGGER="capnslog"` left in the file makes 3.5+ refuse to start.\n\n' +
			'On 3.4.20 and later, the default `capnslog` combined with lease checkpointing turned on but checkpoint persistence off crashes etcd while it logs the related warning; another reason to choose `zap` on 3.4.',
		example: 'ETCD_LOGGER="zap"',
	},
	'auto-compaction-mode': {
		summary: 'Decides how `auto-compaction-retention` is read: `periodic` keeps a time window of history, `revision` keeps a number of revisions.',
		details:
			'`periodic` (the default) treats the retention as a time span — a bare integer counts hours, or use a Go duration such as `30m` or `12h` — and regularly discards revisions older than that window. `revision` treats it as a count and keeps roughly the newest N revisions. Neither mode does anything while `auto-compaction-retention` is `0`.\n\n' +
			'For a Patroni cluster, `periodic` with one to a few hours of retention is the common choice; `revision` suits clusters with a steady write rate where you think in revisions. The value is case-sensitive. An empty value is tolerated by 3.4/3.5 but makes 3.6 and later refuse to start, so either set a mode or drop the line.',
		example: 'ETCD_AUTO_COMPACTION_MODE="periodic"',
	},
	'auto-compaction-retention': {
		summary: 'How much key history etcd keeps before compacting automatically; the default `0` turns automatic compaction off.',
		details:
			'etcd keeps every past version of every key until the history is compacted. Patroni rewrites its leader and member keys every few seconds, so without compaction the database grows without bound until it reaches `quota-backend-bytes`; then the `NOSPACE` alarm fires, writes are refused, Patroni can no longer renew its leader key and the primary is demoted. For any long-running cluster this is one of the settings you should not leave at its default.\n\n' +
			'In `periodic` mode a bare integer is a number of hours (`1` = one hour); a Go duration such as `30m` or `72h` also works. In `revision` mode the integer is the number of revisions to keep (e.g. `10000`). Negative numbers, fractions like `1.5` and units Go does not know (`1d`) are rejected when the server starts.\n\n' +
			'Compaction only runs on the current leader and is applied to all members from there, so give every member the same value — otherwise the behaviour changes with each leader election. Compaction makes space reusable inside the database file but does not shrink it; `etcdctl defrag`, one member at a time, returns the space to the file system.',
		example: 'ETCD_AUTO_COMPACTION_RETENTION="1h"',
	},
	'backend-batch-interval': {
		summary: 'Longest time etcd collects changes before committing them to its bbolt database.',
		details: 'The default `0s` means the built-in 100 ms. Durability does not depend on it (the WAL is synced first), so there is rarely a reason to change it; larger values mean fewer database commits but more work to replay after a crash. A Go duration with a unit, e.g. `100ms`.',
		example: 'ETCD_BACKEND_BATCH_INTERVAL="100ms"',
	},
	'backend-batch-limit': {
		summary: 'Maximum number of changes etcd collects before committing them to its bbolt database.',
		details: '`0` (the default) means the built-in 10000. Works together with `backend-batch-interval`: whichever limit is reached first triggers the commit. Leave it alone unless you are tuning a very write-heavy cluster.',
		example: 'ETCD_BACKEND_BATCH_LIMIT="10000"',
	},
	'backend-bbolt-freelist-type': {
		summary: 'Data structure bbolt uses to track free pages in the database: `map` or `array`.',
		details: '`map` is faster with large or fragmented databases and is what etcd uses from 3.5 on when nothing is set. The value is not validated: anything other than exactly `array` — including typos — silently selects `map`. 3.4 had the same setting under the name `experimental-backend-bbolt-freelist-type`, with `array` as its effective default.',
		example: 'ETCD_BACKEND_BBOLT_FREELIST_TYPE="map"',
	},
	'bootstrap-defrag-threshold-megabytes': {
		summary: 'Defragments the database during startup if that would free at least this many megabytes.',
		details: '`0` (the default) disables it. Useful after large deletions or long periods without compaction, to reclaim disk space without a separate `etcdctl defrag`; the price is a slower start while the member rewrites its database. Available under this name from 3.6; 3.5 had it as `experimental-bootstrap-defrag-threshold-megabytes`.',
		example: 'ETCD_BOOTSTRAP_DEFRAG_THRESHOLD_MEGABYTES="512"',
	},
	'compact-hash-check-time': {
		summary: 'How often the leader compares database hashes of the members taken after compactions, to detect silent corruption.',
		details: 'It only has an effect when the compaction hash check is enabled (`feature-gates=CompactHashCheck=true` on 3.6+). The value must be a positive Go duration such as `1m`; zero or a negative value stops etcd at start. 3.6 name; 3.5.5+ used `experimental-compact-hash-check-time`, and setting both names on 3.6 is an error.',
		example: 'ETCD_COMPACT_HASH_CHECK_TIME="1m"',
	},
	'compaction-batch-limit': {
		summary: 'How many keys a compaction removes per database transaction.',
		details: '`0` means the built-in 1000. Compacting a long history in smaller batches keeps individual locks short, so client latency stays smoother at the cost of a longer compaction; rarely needs changing. 3.6 name for `experimental-compaction-batch-limit`; do not set both.',
		example: 'ETCD_COMPACTION_BATCH_LIMIT="1000"',
	},
	'compaction-sleep-interval': {
		summary: 'Pause between two compaction batches.',
		details: '`0s` means the built-in 10 ms. A longer pause spreads a big compaction over more time and leaves more room for client requests. Go duration with unit. 3.6 name; 3.5.16+ knew it as `experimental-compaction-sleep-interval`.',
		example: 'ETCD_COMPACTION_SLEEP_INTERVAL="10ms"',
	},
	'config-file': {
		summary: 'Path to a YAML configuration file; when set, etcd takes its whole configuration from that file.',
		details:
			'It is either the file or everything else: once a config file is named, etcd silently disregards all remaining flags and all `ETCD_*` variables. On Debian that includes the unit\'s `ETCD_NAME` and `ETCD_DATA_DIR`, so the YAML must set `name` and `data-dir` itself. Inside the file, unknown or misspelled keys are silently skipped and value types are strict (durations as integer nanoseconds, strings that look like booleans quoted).\n\n' +
			'Do not confuse it with `ETCD_CONFIG` / `--config`, a legacy name that is accepted and does nothing. The file must be readable by the user etcd runs as.',
		example: 'ETCD_CONFIG_FILE="/etc/etcd/etcd.conf.yml"',
	},
	'corrupt-check-time': {
		summary: 'Interval at which the leader compares the key-value hashes of all members to detect data corruption.',
		details: '`0` (the default) disables the periodic check. When enabled and the hashes disagree, etcd raises a `CORRUPT` alarm and stops serving key-value requests until the damaged member is dealt with — disruptive, but better than quietly serving diverging data. Each check hashes the database, so on large databases choose minutes or hours rather than seconds. Go duration with unit, e.g. `1h`. 3.6 name for `experimental-corrupt-check-time`; setting both is an error on 3.6.',
		example: 'ETCD_CORRUPT_CHECK_TIME="1h"',
	},
	'data-dir': {
		summary: 'Directory holding this member\'s write-ahead log, snapshots and key-value database — in effect, the member itself.',
		details:
			'What etcd finds here decides how it starts. With an existing WAL it rejoins the cluster it belongs to and ignores all bootstrap settings (`initial-cluster*`, discovery). With an empty or missing directory it behaves as a brand-new member and bootstraps from those settings. So pointing a member that has already run at another path — a typo, a changed mount point, a different package default — does not fail loudly: etcd quietly creates a fresh member, which either gets refused by its peers or founds a separate one-member cluster.\n\n' +
			'Without a value etcd uses `<name>.etcd` in its working directory (which is `/` for a systemd service unless `WorkingDirectory=` says otherwise). Debian\'s unit sets `/var/lib/etcd/default`, and on Debian you must not also pass `--data-dir` in `DAEMON_ARGS`, because having the option both as variable and as flag stops etcd. The RHEL sample file uses `/var/lib/etcd/default.etcd`. The directory must be writable by the `etcd` user; etcd warns when its permissions are looser than `0700`.\n\n' +
			'Keep it on local, low-latency storage (an SSD, not NFS): every write is fsynced here, and slow fsyncs surface as leader elections and Patroni timeouts. Never copy a data directory from one member to another, and never wipe it on a healthy member without removing the member first (`etcdctl member remove`) and adding it back (`member add`, then start with `initial-cluster-state=existing`).',
		example: 'ETCD_DATA_DIR="/var/lib/etcd/default"',
	},
	'downgrade-check-time': {
		summary: 'How often etcd checks the progress of a cluster downgrade started with `etcdctl downgrade enable`.',
		details: 'Only relevant while a downgrade is in progress; the default `5s` is fine. Go duration with unit. 3.6 name; 3.5 had it as `experimental-downgrade-check-time`, and setting both on 3.6 is an error.',
		example: 'ETCD_DOWNGRADE_CHECK_TIME="5s"',
	},
	'election-timeout': {
		summary: 'How many milliseconds a follower waits without hearing from the leader before it starts an election.',
		details:
			'A plain integer of milliseconds — `1000`, not `1s`; a unit makes etcd reject the value. It must be at least five times `heartbeat-interval` (exactly five times is accepted) and no more than `50000`; outside that range, or at `0`, etcd refuses to start. The common rule is ten heartbeats: 100 / 1000 on a LAN, 250 / 2500 on slower VMs.\n\n' +
			'The trade-off: a short timeout notices a dead leader quickly but also calls elections when a disk stall or network blip delays a few heartbeats; a long one makes a real failover slower. Each election stops writes briefly, which Patroni sees as etcd errors. Use the same value on every member (etcd does not check this across members), and keep Patroni\'s `ttl` and `retry_timeout` well above it so an etcd leader change does not turn into a PostgreSQL failover.',
		example: 'ETCD_ELECTION_TIMEOUT="1000"',
	},
	'enable-grpc-gateway': {
		summary: 'Serves the JSON/HTTP translation of the v3 API (`/v3/kv/range` and friends) on the client port.',
		details: 'Leave it on (the default) in a Patroni setup: Patroni\'s `etcd3` module talks to etcd through this JSON gateway rather than native gRPC, so turning it off breaks Patroni while `etcdctl` keeps working — a confusing failure. Switch it off only if no client uses HTTP/JSON. The 3.4 help output does not list the flag, but it is accepted.',
		example: 'ETCD_ENABLE_GRPC_GATEWAY="true"',
	},
	'grpc-keepalive-interval': {
		summary: 'How long a client connection may be idle before the server pings it to check it is still alive.',
		details: 'Default `2h`; `0` turns server pings off. Lower it (e.g. `30s`) if firewalls or load balancers between clients and etcd drop idle connections silently, so dead connections are noticed and watches reconnect. Go duration with unit.',
		example: 'ETCD_GRPC_KEEPALIVE_INTERVAL="2h"',
	},
	'grpc-keepalive-min-time': {
		summary: 'Shortest interval at which clients are allowed to send keepalive pings; clients pinging more often are disconnected.',
		details: 'Default `5s`. If a client library is configured to ping more often than this, the server closes its connection as abusive and the client sees repeated reconnects. Lower it only to match such a client, not the other way round. Go duration with unit.',
		example: 'ETCD_GRPC_KEEPALIVE_MIN_TIME="5s"',
	},
	'grpc-keepalive-timeout': {
		summary: 'How long the server waits for a client to answer a keepalive ping before closing the connection.',
		details: 'Default `20s`; `0` turns the check off. Only matters together with `grpc-keepalive-interval`. A Go duration needs its unit: `20` alone is rejected, write `20s`.',
		example: 'ETCD_GRPC_KEEPALIVE_TIMEOUT="20s"',
	},
	'heartbeat-interval': {
		summary: 'How often, in milliseconds, the leader sends heartbeats to the followers.',
		details:
			'A plain integer of milliseconds: `100`, not `100ms` (with a unit etcd rejects the value). The default `100` suits a LAN. Aim for about the round-trip time between members or somewhat more; on busy VMs, stretched clusters or slow shared storage, values of `200`–`500` avoid needless elections.\n\n' +
			'It is tied to `election-timeout`: the election timeout must be at least five heartbeats (ten is the usual advice) or etcd will not start, and `0` is invalid. Put the same pair of values on every member — etcd does not compare them across members, but mismatched timings cause elections nobody expected.\n\n' +
			'Signs that the value is too tight: frequent leader changes and log warnings that the leader could not send heartbeats in time. The usual cause is slow disk fsync or CPU starvation rather than the network. Raise both values together (e.g. 250 / 2500), not just one.',
		example: 'ETCD_HEARTBEAT_INTERVAL="100"',
	},
	'initial-election-tick-advance': {
		summary: 'Lets a freshly started member move its election clock forward so the cluster elects a leader sooner.',
		details: 'With the default `true`, a member that starts and hears no leader campaigns after a short wait instead of a full election timeout, which speeds up bootstrap and recovery. With long election timeouts (cross-site clusters), `false` avoids a restarting member triggering an election before it had a fair chance to hear from the current leader; pre-vote reduces that risk too.',
		example: 'ETCD_INITIAL_ELECTION_TICK_ADVANCE="true"',
	},
	'listen-client-http-urls': {
		summary: 'Extra listen addresses for HTTP-only client traffic; with it set, `listen-client-urls` serves gRPC only.',
		details:
			'By default one port serves both gRPC and plain HTTP (the JSON gateway, `/health`, `/version` and similar endpoints), and the patch releases that introduced this option warn about that at every start. Moving HTTP to its own port silences that and separates the two kinds of traffic — but then HTTP clients, including Patroni\'s `etcd3` module and health-check scripts using `curl`, must be pointed at the new port.\n\n' +
			'Listen rules apply: an IP or `localhost` as host, a port, no path. The same address must not appear in both this list and `listen-client-urls`. The option exists only from 3.4.25 and 3.5.8; Debian 12\'s 3.4.23 does not know it and only warns about an unrecognised variable.',
		example: 'ETCD_LISTEN_CLIENT_HTTP_URLS="http://192.168.45.201:2382"',
	},
	'listen-client-urls': {
		summary: 'Addresses this member binds to for client requests (etcdctl, Patroni, Kubernetes); normally port 2379.',
		details:
			'Each entry needs an IP address or exactly `localhost` as host — host names are rejected at start — plus a port and no path (a trailing `/` counts as one). A usual layout is the member\'s LAN address plus loopback, so local `etcdctl` calls without `--endpoints` keep working: `http://192.168.45.201:2379,http://127.0.0.1:2379`. `0.0.0.0` is fine for binding, but never copy it into `advertise-client-urls`.\n\n' +
			'As soon as this is set through the environment or the command line, `advertise-client-urls` must be set as well: etcd drops the built-in advertise default and refuses to start without one. `https` URLs require `cert-file` and `key-file` (or `auto-tls`).\n\n' +
			'The default `http://localhost:2379` only accepts local clients; Patroni on the other nodes needs the LAN address. The IP must belong to this host and the port must be free, otherwise binding fails at start.',
		example: 'ETCD_LISTEN_CLIENT_URLS="http://192.168.45.201:2379,http://127.0.0.1:2379"',
	},
	'listen-peer-urls': {
		summary: 'Addresses this member binds to for traffic from the other members (Raft messages, snapshots); normally port 2380.',
		details:
			'This is a bind address: the host must be an IP address or exactly `localhost`; a host name is rejected at start. `0.0.0.0` (or `[::]`) binds every interface, which is fine as long as it never ends up in an advertise URL. The IP must belong to this machine and the port must be free, or the bind fails.\n\n' +
			'Write `scheme://ip:port` with nothing after the port — even a lone `/` at the end is treated as a path and refused. `https` needs `peer-cert-file` and `peer-key-file` (or `peer-auto-tls`); with `http`, etcd does not use the peer certificate files and logs a warning saying so. The default `http://localhost:2380` only works for a single member: in a three-member cluster, bind the interface your peers reach and make sure `initial-advertise-peer-urls` points at an address covered by this list.\n\n' +
			'If you bind `0.0.0.0` and leave `initial-advertise-peer-urls` unset, etcd advertises the address of the interface holding the default route, which need not be the network the peers use.',
		example: 'ETCD_LISTEN_PEER_URLS="http://192.168.45.201:2380"',
	},
	'max-concurrent-streams': {
		summary: 'Maximum number of simultaneous gRPC streams (requests, watches) one client connection may open.',
		details: 'The default is effectively unlimited (4294967295). Lower it to protect the server from a single misbehaving client that opens huge numbers of watches over one connection; clients that hit the limit wait for a free stream. Added in 3.4.20 and 3.5.5.',
		example: 'ETCD_MAX_CONCURRENT_STREAMS="1000"',
	},
	'max-request-bytes': {
		summary: 'Largest client request, in bytes, the server accepts — which also caps the size of a single value.',
		details: 'Default 1572864 (1.5 MiB). Larger writes or transactions are refused with an error. Raising it also makes Raft messages between members bigger, and etcd warns above 10 MiB. Patroni\'s keys are tiny, so the default is plenty there. Write a plain integer of bytes: `3145728`, not `3M`.',
		example: 'ETCD_MAX_REQUEST_BYTES="3145728"',
	},
	'max-snapshots': {
		summary: 'How many snapshot files etcd keeps in `member/snap`; `0` keeps them all.',
		details: 'Older snapshot files are deleted once the limit is exceeded. `0` means unlimited and can fill the disk over time; the default 5 is fine. Deprecated from 3.6 on, without a replacement.',
		example: 'ETCD_MAX_SNAPSHOTS="5"',
	},
	'max-txn-ops': {
		summary: 'Maximum number of operations allowed in one transaction.',
		details: 'Default 128. Clients that send bigger transactions get an error telling them there are too many operations. Raise it only for an application that really needs large transactions; bigger transactions also mean bigger Raft entries.',
		example: 'ETCD_MAX_TXN_OPS="128"',
	},
	'max-wals': {
		summary: 'How many WAL segment files etcd keeps; `0` keeps them all.',
		details: 'WAL segments older than the latest snapshot are removed beyond this count; each segment is about 64 MB. `0` means no limit and eventually fills the disk. The default 5 is fine for most clusters.',
		example: 'ETCD_MAX_WALS="5"',
	},
	'memory-mlock': {
		summary: 'Locks the memory-mapped database in RAM so it cannot be swapped out.',
		details: 'Helps tail latency on hosts under memory pressure where parts of the database would otherwise be paged out. The etcd process must be allowed to lock that much memory (e.g. `LimitMEMLOCK=infinity` in the systemd unit); if the lock is refused, the database cannot be opened and etcd does not start. Available under this name from 3.6; 3.5 used `experimental-memory-mlock`.',
		example: 'ETCD_MEMORY_MLOCK="true"',
	},
	'name': {
		summary: 'This member\'s human-readable name, which must match its entry in `initial-cluster`.',
		details:
			'When a member is created, etcd finds its own peer URLs in `initial-cluster` by this name. If the name is missing there — a typo, different letter case, or a blank after a comma in the list — the first start fails because the member cannot find itself. Names must be unique across the cluster; in `initial-cluster` a repeated name is read as one member with several URLs.\n\n' +
			'Unset, the name is `default` upstream (3.6+ warn about that). Debian\'s unit, however, sets it to the host name, so on Debian `ETCD_INITIAL_CLUSTER` must use the host name exactly as `hostname` prints it unless you set `ETCD_NAME` yourself. Setting `name` and peer URLs without `initial-cluster` gives a one-member cluster. On Debian never pass `--name` in `DAEMON_ARGS`: the unit always exports `ETCD_NAME`, and the same option given twice stops etcd.\n\n' +
			'The name is not part of the member ID (that is derived from the peer URLs and the cluster token), so it is mostly a label after bootstrap. Pick something short and stable, for example the Patroni node name: `pg1`, `pg2`, `pg3`.',
		example: 'ETCD_NAME="pg1"',
	},
	'quota-backend-bytes': {
		summary: 'Maximum size of the member\'s database file; beyond it the cluster stops accepting writes.',
		details:
			'When a member\'s database grows past this size, etcd raises a cluster-wide `NOSPACE` alarm and from then on refuses writes — reads and deletes still work — until space is freed and the alarm is cleared. For Patroni this means the leader key can no longer be renewed: the primary is demoted and failover stops working.\n\n' +
			'`0` (the default) means 2 GiB; a negative value removes the limit; values above 8 GiB are accepted with a warning. Write a plain integer of bytes (`4294967296`), not `4G` or `4GiB`. Use the same value on every member.\n\n' +
			'The usual reason for hitting the quota is unbounded history, not real data: without `auto-compaction-retention` every update keeps its old revisions. Recovery: compact to the current revision (`etcdctl compact`), defragment each member one by one (`etcdctl defrag`), then clear the alarm (`etcdctl alarm disarm`). Raising the quota while compaction stays off only postpones the next outage.',
		example: 'ETCD_QUOTA_BACKEND_BYTES="4294967296"',
	},
	'raft-read-timeout': {
		summary: 'Read timeout on the connections between members.',
		details: 'A Go duration (`5s`, `10s`); values below 5 seconds are raised to 5 seconds with an info log. Raise it only for peers behind very slow or lossy links. The option has no YAML key: it can be set only through the environment or the command line. Available from 3.5.',
		example: 'ETCD_RAFT_READ_TIMEOUT="10s"',
	},
	'raft-write-timeout': {
		summary: 'Write timeout on the connections between members.',
		details: 'A Go duration, at least `5s`; smaller values are raised to 5 seconds with an info log. Like `raft-read-timeout` it has no YAML key and exists from 3.5 on. Normally left at the default.',
		example: 'ETCD_RAFT_WRITE_TIMEOUT="10s"',
	},
	'snapshot-catchup-entries': {
		summary: 'Number of recent Raft entries kept in memory after a snapshot, so a slightly lagging follower can catch up without a full snapshot transfer.',
		details: 'Default 5000. A larger value lets followers that fell further behind catch up from the log instead of receiving the whole database, at the cost of memory on every member. 3.6 name; 3.5.14+ used `experimental-snapshot-catchup-entries` (spelled `experimental-snapshot-catch-up-entries` in YAML).',
		example: 'ETCD_SNAPSHOT_CATCHUP_ENTRIES="5000"',
	},
	'snapshot-count': {
		summary: 'Number of applied changes after which etcd takes a Raft snapshot and trims its log.',
		details:
			'etcd keeps the applied Raft log in memory (and on disk in the WAL) until the next snapshot; this value sets how many entries are applied between two snapshots. After a snapshot, old WAL segments can be released (up to `max-wals`) and the in-memory log is cut down to `snapshot-catchup-entries`.\n\n' +
			'A high value costs memory and lengthens the replay when a member restarts; a low value means more frequent snapshot work. 3.4 and 3.5 default to 100000, while 3.6 lowered the default to 10000 to reduce memory use — so an upgrade changes behaviour if you never set it. `0` does not disable snapshots: it is replaced by the built-in default.\n\n' +
			'For the small write load of a Patroni cluster the default works; setting `10000` on 3.4/3.5 is a common way to reduce etcd\'s memory footprint.',
		example: 'ETCD_SNAPSHOT_COUNT="10000"',
	},
	'socket-reuse-address': {
		summary: 'Sets `SO_REUSEADDR` on etcd\'s listening sockets.',
		details: 'Lets etcd bind its ports again right after a restart even if old connections are still in TIME_WAIT, which avoids an "address already in use" failure on quick restarts. Harmless to enable. Available from 3.5; YAML key `socket-options.reuse-address`.',
		example: 'ETCD_SOCKET_REUSE_ADDRESS="true"',
	},
	'socket-reuse-port': {
		summary: 'Sets `SO_REUSEPORT` on etcd\'s listening sockets, allowing several processes to bind the same port.',
		details: 'Rarely useful for etcd, and risky: a second etcd started by mistake could bind the same ports without any error and receive part of the traffic. Leave it off unless you know why you need it. Available from 3.5; YAML key `socket-options.reuse-port`.',
		example: 'ETCD_SOCKET_REUSE_PORT="false"',
	},
	'version': {
		summary: 'Command-line switch that prints etcd\'s version and exits; not a configuration setting.',
		details: 'Run `etcd --version` in a shell to see the installed version. As an environment variable it is useless: 3.4 ignores `ETCD_VERSION`, and 3.5 and later drop the variable and log a warning. Old RHEL templates still contain the line; delete it. Never put `--version` into `DAEMON_ARGS`, or the service exits right after printing the version.',
		example: '# run "etcd --version" in a shell instead of setting ETCD_VERSION',
	},
	'wal-dir': {
		summary: 'Optional separate directory for the write-ahead log, so that WAL fsyncs can use their own disk.',
		details:
			'By default the WAL lives in `member/wal` inside `data-dir`. Every acknowledged write is fsynced to the WAL, so on a busy cluster or on shared VM storage putting it on a dedicated low-latency device shortens commit latency and avoids many of the leader elections that slow fsyncs cause. Snapshots and the database stay in `data-dir`.\n\n' +
			'etcd decides whether the member is new by looking for a WAL in this directory. Adding, changing or removing `wal-dir` on a member that has already run, without moving its WAL files along, makes etcd see no WAL and act like a brand-new member. To move it: stop etcd, move the files from `member/wal` into the new directory, set the option, start again. Use a directory nothing else writes to, owned by the `etcd` user.',
		example: 'ETCD_WAL_DIR="/var/lib/etcd-wal/pg1"',
	},
	'warning-apply-duration': {
		summary: 'Applying a request that takes longer than this produces a warning in the log.',
		details: 'Default `100ms`. These warnings are often the first sign of a slow disk or an overloaded member; raising the threshold only hides them. Go duration with unit. 3.6 name; 3.4.16+ and 3.5 used `experimental-warning-apply-duration`, and setting both on 3.6 is an error.',
		example: 'ETCD_WARNING_APPLY_DURATION="100ms"',
	},
	'warning-unary-request-duration': {
		summary: 'A single (non-streaming) client request that takes longer than this produces a warning in the log.',
		details: '`0s` means the built-in 300 ms. Raise it if a known slow but acceptable workload floods the log; otherwise the warnings are a useful latency signal. Go duration with unit. New in 3.6; 3.6 also accepts the deprecated `experimental-warning-unary-request-duration`, but setting both stops the start.',
		example: 'ETCD_WARNING_UNARY_REQUEST_DURATION="300ms"',
	},
	'watch-progress-notify-interval': {
		summary: 'How often etcd sends progress notifications to watchers that asked for them.',
		details: '`0s` means the built-in 10 minutes. Progress notifications tell an idle watcher up to which revision it is current; they matter for clients like the Kubernetes API server, hardly for Patroni. Values above zero but below `100ms` are raised to 100 ms with a warning. 3.6 name; 3.4.11+ and 3.5 used `experimental-watch-progress-notify-interval`.',
		example: 'ETCD_WATCH_PROGRESS_NOTIFY_INTERVAL="10m"',
	},
	'force-new-cluster': {
		summary: 'Restarts this member as the only member of the cluster, keeping its data but removing every other member from the membership.',
		details:
			'This is the disaster-recovery lever for a cluster that has lost quorum for good — say two of three members destroyed. Started with it, the member rewrites the membership in its own data so that only itself remains, and it runs as a one-member cluster with all existing keys. Patroni\'s keys survive, but any write that never reached this member is lost.\n\n' +
			'Use it on exactly one member — the one with the most recent data — for a single start, and take it out of the file as soon as that member is up: while it is set it acts on every start, so a later restart would again throw out the members you have added back in the meantime. With the one-member cluster running, grow it again: for each other member, empty its data directory, run `etcdctl member add`, and start that member with `initial-cluster-state=existing`. In the env file write `true`; `yes` or `on` are not accepted.\n\n' +
			'If the other members are merely down but their disks are intact, bring them back instead; that loses nothing. Never leave this option in a template or configuration-management default.',
		example: 'ETCD_FORCE_NEW_CLUSTER="true"',
	},
	'unsafe-no-fsync': {
		summary: 'Skips fsync of the WAL and database, trading crash safety for speed.',
		details:
			'With it on, etcd acknowledges writes that may still only be in the OS page cache. A power loss, kernel panic or hard VM reset can then lose acknowledged writes or leave the member\'s WAL and database out of step with the rest of the cluster — damage that usually means wiping and re-adding the member, and that can lose data when several members are hit at once. It exists for tests and CI, where data is disposable.\n\n' +
			'Never enable it on a cluster that holds Patroni state or anything you care about. If etcd is slow because of fsync latency, fix the storage or move the WAL to a faster disk with `wal-dir`. Available since 3.4.10; 3.4\'s help output does not list it, but the flag is accepted.',
		example: 'ETCD_UNSAFE_NO_FSYNC="false"',
	},
	'enable-v2': {
		summary: 'Turns on the old v2 HTTP API next to the v3 API.',
		details:
			'Patroni\'s `etcd:` configuration section speaks the v2 API and needs this set to `true` on 3.4 and 3.5 (the default is `false`); Patroni\'s `etcd3:` section uses v3 and does not. The v2 and v3 key spaces are separate: data written through one API is invisible through the other, so switching Patroni between `etcd:` and `etcd3:` starts with an empty DCS.\n\n' +
			'3.5 still honours it but warns, and refuses to start when it is combined with `v2-deprecation` at `write-only` or a later stage. 3.6 removed the v2 API: the variable is then reported as unrecognised and ignored, and Patroni set up with `etcd:` loses its DCS. Move Patroni to `etcd3:` before upgrading to 3.6. The value must be a Go boolean (`true`, `false`, `1`, `0`); `ETCD_ENABLE_V2=yes` makes etcd refuse to start.',
		example: 'ETCD_ENABLE_V2="true"',
	},
	'experimental-enable-v2v3': {
		summary: 'Serves the v2 API from the v3 storage, under the given key prefix, instead of from the separate v2 store.',
		details: 'Only has an effect together with `enable-v2=true`. The value is a key prefix such as `/v2/`; v2 keys are then stored below it in the v3 key space. Experimental in 3.4, deprecated in 3.5 and removed in 3.6 along with the whole v2 API, so do not build anything new on it.',
		example: 'ETCD_EXPERIMENTAL_ENABLE_V2V3="/v2/"',
	},
	'v2-deprecation': {
		summary: 'Stage of the v2 store phase-out: `not-yet`, `write-only`, `write-only-skip-check`, `write-only-drop-data` or `gone`.',
		details:
			'`not-yet` (3.5 default) leaves the v2 store as before. `write-only` keeps only etcd\'s own data in it and refuses to start if custom v2 data is present — the state a member should be in before moving to 3.6. `write-only-skip-check` is the same without that check, `write-only-drop-data` deletes custom v2 data instead of refusing to start, and `gone` stops maintaining the v2 store altogether.\n\n' +
			'On 3.5, any stage from `write-only` on conflicts with `enable-v2=true`. From 3.6 the option is deprecated, its default is `write-only`, and any value other than `write-only-skip-check` is forced back to `write-only`; there is little reason to set it on 3.6+. It does not exist in 3.4.',
		example: 'ETCD_V2_DEPRECATION="write-only"',
	},
	// experimental
	'experimental-backend-bbolt-freelist-type': {
		summary: '3.4 spelling of the switch that decides how the bbolt database keeps track of free pages: `array` (what 3.4 uses unless told otherwise) or `map`.',
		details:
			'`map` keeps commits fast on large, heavily fragmented databases; `array` is the older layout. The value is not validated: anything other than exactly `map` silently means `array`.\n\n' +
			'Only 3.4 has this name. 3.5 renamed it to `backend-bbolt-freelist-type` and at the same time made `map` the effective default, so on 3.5 and later this variable is reported as unknown and has no effect; move the setting to the new name (or drop it) when upgrading.',
		example: 'ETCD_EXPERIMENTAL_BACKEND_BBOLT_FREELIST_TYPE="map"',
	},
	'experimental-bootstrap-defrag-threshold-megabytes': {
		summary: 'Defragments the backend database during startup if that would give back at least this many megabytes; `0`, the default, never does (3.5).',
		details:
			'Defragmentation returns the space that compaction freed inside the `db` file to the file system, but the member is blocked while it runs. Doing it at boot, before the member serves anything, avoids a stall in the middle of the day. Useful on members whose database file has grown far beyond the live data; expect a longer start on big databases.\n\n' +
			'Deprecated in 3.6 in favour of `bootstrap-defrag-threshold-megabytes`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_BOOTSTRAP_DEFRAG_THRESHOLD_MEGABYTES="512"',
	},
	'experimental-compact-hash-check-enabled': {
		summary: 'Has the leader regularly compare the data hashes that members computed at the same compaction revision, to catch silent data corruption (3.5.5+).',
		details:
			'With it on, the leader checks every `experimental-compact-hash-check-time` (one minute by default) that followers arrived at the same hash as itself and raises the corruption alarm when one differs. The check is cheap and worth having on any cluster whose data matters. 3.5 patches before 3.5.5 reject the option. Bool values use Go\'s spellings (`true`, `false`, `1`, `0`), not `yes`.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `CompactHashCheck` (`ETCD_FEATURE_GATES="CompactHashCheck=true"`). 3.6 refuses to start if this option is set while `feature-gates` also names that gate, and 3.7 drops the option.',
		example: 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_ENABLED="true"',
	},
	'experimental-compact-hash-check-time': {
		summary: 'How often the leader runs the compaction hash comparison switched on by `experimental-compact-hash-check-enabled`; default one minute (3.5.5+).',
		details:
			'Write a Go duration with a unit (`1m`, `30s`); zero or a negative value stops etcd at start. Without the check itself enabled the interval does nothing.\n\n' +
			'Deprecated in 3.6 in favour of `compact-hash-check-time`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_COMPACT_HASH_CHECK_TIME="1m"',
	},
	'experimental-compaction-batch-limit': {
		summary: 'Caps how many revisions one compaction batch deletes; `0` means etcd\'s built-in 1000.',
		details:
			'Compaction removes old revisions in chunks so that normal requests can run in between. Smaller batches smooth out latency spikes on busy clusters, larger ones finish sooner. A Patroni cluster writes little and seldom needs this.\n\n' +
			'Deprecated in 3.6 in favour of `compaction-batch-limit`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_COMPACTION_BATCH_LIMIT="1000"',
	},
	'experimental-compaction-sleep-interval': {
		summary: 'Pause etcd takes between two compaction batches; `0s` means the built-in 10 ms (3.5.16+).',
		details:
			'Longer pauses leave more room for client requests while a compaction runs, but stretch the compaction itself. Give a Go duration with a unit (`10ms`, `50ms`). 3.5 patches before 3.5.16 do not accept the option.\n\n' +
			'Deprecated in 3.6 in favour of `compaction-sleep-interval`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_COMPACTION_SLEEP_INTERVAL="20ms"',
	},
	'experimental-corrupt-check-time': {
		summary: 'Interval of a recurring check that compares the members\' key-value hashes; `0s`, the default, switches it off.',
		details:
			'A positive value such as `5m` makes etcd compare hashes between members at that rhythm and raise the corruption alarm on a mismatch, so a disk or software fault is noticed before it spreads. Computing the hash walks the whole keyspace, so do not pick very short intervals for large data sets. Go duration with a unit.\n\n' +
			'Deprecated in 3.6 in favour of `corrupt-check-time`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_CORRUPT_CHECK_TIME="5m"',
	},
	'experimental-distributed-tracing-address': {
		summary: '3.5 name of the OpenTelemetry collector address (`host:port`) that etcd sends its traces to; default `localhost:4317`.',
		details:
			'Read only while `experimental-enable-distributed-tracing` is true. Give host and port without a scheme, typically a collector agent on the same machine.\n\n' +
			'Deprecated in 3.6 in favour of `distributed-tracing-address`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_ADDRESS="127.0.0.1:4317"',
	},
	'experimental-distributed-tracing-instance-id': {
		summary: '3.5 name of the per-member instance ID attached to exported traces; empty unless you set it.',
		details:
			'Give each member its own value, for example its member name, so that spans can be traced back to the right host. Only used while tracing is enabled.\n\n' +
			'Deprecated in 3.6 in favour of `distributed-tracing-instance-id`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_INSTANCE_ID="pg1"',
	},
	'experimental-distributed-tracing-sampling-rate': {
		summary: '3.5 name of the tracing sample rate, counted in requests per million (3.5.11+); default `0`.',
		details:
			'A whole number from 0 to 1000000 (`10000` is 1 %); with tracing enabled, a value outside that range stops etcd at start. At `0` etcd records only requests that arrive from a client with an already sampled trace. Patches before 3.5.11 reject the option.\n\n' +
			'Deprecated in 3.6 in favour of `distributed-tracing-sampling-rate`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_SAMPLING_RATE="10000"',
	},
	'experimental-distributed-tracing-service-name': {
		summary: '3.5 name of the service name under which etcd\'s spans are reported; default `etcd`.',
		details:
			'Use the same name on all members of a cluster and change it only to keep several clusters apart in a shared tracing backend. Only relevant while tracing is enabled.\n\n' +
			'Deprecated in 3.6 in favour of `distributed-tracing-service-name`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_DISTRIBUTED_TRACING_SERVICE_NAME="etcd-pg-prod"',
	},
	'experimental-downgrade-check-time': {
		summary: 'How often the leader checks whether a running cluster downgrade has finished; default `5s` (3.5).',
		details:
			'Matters only while a downgrade started with `etcdctl downgrade enable` is in progress: at this interval the leader looks whether every member now runs the target version, and closes the downgrade once they do. There is rarely a reason to touch it. Go duration with a unit.\n\n' +
			'Deprecated in 3.6 in favour of `downgrade-check-time`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_DOWNGRADE_CHECK_TIME="5s"',
	},
	'experimental-enable-distributed-tracing': {
		summary: '3.5 switch that turns on OpenTelemetry tracing of gRPC requests, exported to `experimental-distributed-tracing-address`.',
		details:
			'Off by default; turn it on only when a tracing backend is running and you want to follow requests into etcd. Go bool spellings only (`true`, `false`, `1`, `0`).\n\n' +
			'Deprecated in 3.6 in favour of `enable-distributed-tracing`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_ENABLE_DISTRIBUTED_TRACING="true"',
	},
	'experimental-enable-lease-checkpoint': {
		summary: 'Makes the leader periodically pass the remaining time of leases on to the followers, so that a change of leader does not restart every lease at its full TTL.',
		details:
			'Without checkpoints each election resets all lease timers; with frequent elections, leases and the keys attached to them can live much longer than intended. It mainly matters for leases with TTLs of several minutes or more.\n\n' +
			'On 3.4.20 and later with 3.4\'s default `capnslog` logger, turning this on while `experimental-enable-lease-checkpoint-persist` stays off crashes etcd at start (it tries to log a warning through a logger that was never set up). Enable the persist option as well, or use `logger=zap`.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `LeaseCheckpoint` (`ETCD_FEATURE_GATES="LeaseCheckpoint=true"`). 3.6 refuses to start if this option is set while `feature-gates` also names that gate (the match is a substring test, so `LeaseCheckpointPersist` in the gates counts too), and 3.7 drops the option. 3.6 does not print a deprecation warning for this name.',
		example: 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT="true"',
	},
	'experimental-enable-lease-checkpoint-persist': {
		summary: 'Writes the checkpointed remaining lease time into the database, so lease TTLs also survive a restart of the members (3.4.20+, 3.5.2+).',
		details:
			'Needs `experimental-enable-lease-checkpoint=true`; set alone it stops etcd at start. On 3.4 with the default logger, having both on is also what avoids the startup crash described under the checkpoint option. Earlier patches reject the option, and the 3.4.23 help text does not list it even though the binary accepts it.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `LeaseCheckpointPersist` (`ETCD_FEATURE_GATES="LeaseCheckpointPersist=true"`). 3.6 refuses to start if this option is set while `feature-gates` also names that gate, and 3.7 drops the option. In gate form it likewise needs `LeaseCheckpoint=true`; 3.6 prints no deprecation warning for this name.',
		example: 'ETCD_EXPERIMENTAL_ENABLE_LEASE_CHECKPOINT_PERSIST="true"',
	},
	'experimental-initial-corrupt-check': {
		summary: 'At startup, compares this member\'s data hash with its peers\' before serving clients, and stops the member if they disagree.',
		details:
			'A cheap safety net after crashes, disk trouble or a restore from backup: a member whose data has drifted exits instead of answering with wrong data. Start-up takes a little longer because the peers have to respond first.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `InitialCorruptCheck` (`ETCD_FEATURE_GATES="InitialCorruptCheck=true"`). 3.6 refuses to start if this option is set while `feature-gates` also names that gate, and 3.7 drops the option. 3.6 gives no deprecation warning for the old name.',
		example: 'ETCD_EXPERIMENTAL_INITIAL_CORRUPT_CHECK="true"',
	},
	'experimental-memory-mlock': {
		summary: 'Asks the kernel to keep etcd\'s memory-mapped database pinned in RAM so it is never swapped out (3.5).',
		details:
			'Swapped-out database pages turn into disk reads and can delay heartbeats long enough to cause elections, and with Patroni unnecessary failovers. Pinning avoids that, but the service must be allowed to lock that much memory (for example `LimitMEMLOCK=infinity` in a systemd drop-in), otherwise locking fails and etcd does not start. The host needs enough RAM for the whole database.\n\n' +
			'Deprecated in 3.6 in favour of `memory-mlock`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_MEMORY_MLOCK="true"',
	},
	'experimental-snapshot-catchup-entries': {
		summary: 'Number of log entries the leader keeps after a snapshot so that slightly lagging followers can catch up from the log instead of receiving a full snapshot; default 5000 (3.5.14+).',
		details:
			'More entries spare slow or briefly disconnected members a full database transfer but cost the leader memory; fewer entries save memory. Leave the default unless you have measured a reason. In the YAML config file the key is spelled `experimental-snapshot-catch-up-entries` (catch-up with a hyphen); the flag spelling is silently ignored there.\n\n' +
			'Deprecated in 3.6 in favour of `snapshot-catchup-entries`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_SNAPSHOT_CATCHUP_ENTRIES="5000"',
	},
	'experimental-stop-grpc-service-on-defrag': {
		summary: 'Marks the member as not serving in the gRPC health service while it defragments, so health-aware clients and load balancers go elsewhere (3.5.14+).',
		details:
			'Defragmentation blocks reads and writes on that member; clients that watch the gRPC health status then avoid it instead of running into timeouts. Clients that do not use the health service gain nothing from it.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `StopGRPCServiceOnDefrag` (`ETCD_FEATURE_GATES="StopGRPCServiceOnDefrag=true"`). 3.6 refuses to start if this option is set while `feature-gates` also names that gate, and 3.7 drops the option. 3.6 prints no deprecation warning for this name.',
		example: 'ETCD_EXPERIMENTAL_STOP_GRPC_SERVICE_ON_DEFRAG="true"',
	},
	'experimental-txn-mode-write-with-shared-buffer': {
		summary: 'Lets write transactions evaluate their read-only parts against the shared read buffer instead of a private copy, which makes them faster; on by default (3.5).',
		details:
			'Since it is already `true`, the only reason to set it is switching it off (`false`) while chasing a suspected bug.\n\n' +
			'Deprecated in 3.6 in favour of the feature gate `TxnModeWriteWithSharedBuffer` (to switch it off there: `ETCD_FEATURE_GATES="TxnModeWriteWithSharedBuffer=false"`). 3.6 refuses to start if this option and that gate are both given, and 3.7 drops the option.',
		example: 'ETCD_EXPERIMENTAL_TXN_MODE_WRITE_WITH_SHARED_BUFFER="false"',
	},
	'experimental-warning-apply-duration': {
		summary: 'Threshold above which etcd logs a warning that applying a request took too long; default `100ms` (3.4.16+).',
		details:
			'These warnings are often the first hint of a slow disk or an overloaded host, so check fsync latency before silencing them; raise the value (e.g. `200ms`) only where slowness is known and accepted. Go duration with a unit; 3.4 patches before 3.4.16 reject the option.\n\n' +
			'Deprecated in 3.6 in favour of `warning-apply-duration`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_WARNING_APPLY_DURATION="200ms"',
	},
	'experimental-warning-unary-request-duration': {
		summary: 'Threshold above which etcd logs a slow-request warning for single (unary) gRPC calls (`0s` means the built-in 300 ms); this spelling exists only in 3.6.',
		details:
			'Raise it to quiet expected warnings on slow hardware, lower it to see more of them while debugging. Go duration with a unit.\n\n' +
			'This name never existed before 3.6: it arrived already deprecated and 3.7 removes it. Use `warning-unary-request-duration` instead; giving both makes 3.6 refuse to start.',
		example: 'ETCD_EXPERIMENTAL_WARNING_UNARY_REQUEST_DURATION="500ms"',
	},
	'experimental-watch-progress-notify-interval': {
		summary: 'How often etcd sends progress notifications to watchers that asked for them; `0s` means the built-in 10 minutes (3.4.11+).',
		details:
			'A progress notification tells a watching client which revision the server has reached even when none of its keys changed, so it can resume from the right point after reconnecting. Shorter intervals help clients that rely on this. Values above zero but below `100ms` are raised to 100 ms with a warning. Go duration with a unit; 3.4 patches before 3.4.11 reject it.\n\n' +
			'Deprecated in 3.6 in favour of `watch-progress-notify-interval`; if the old and the new name are both set, 3.6 refuses to start. 3.7 no longer knows the old name: as an `ETCD_*` variable it is then ignored with a warning, on the command line it stops etcd.',
		example: 'ETCD_EXPERIMENTAL_WATCH_PROGRESS_NOTIFY_INTERVAL="5m"',
	},
	'feature-gates': {
		summary: 'Switches individual etcd features on or off by name, written as comma-separated `Gate=true` / `Gate=false` pairs (3.6+).',
		details:
			'In 3.6 several former `experimental-*` switches became gates: `InitialCorruptCheck`, `CompactHashCheck`, `LeaseCheckpoint`, `LeaseCheckpointPersist`, `StopGRPCServiceOnDefrag` and `TxnModeWriteWithSharedBuffer`. There is also `SetMemberLocalAddr`, plus `AllAlpha` and `AllBeta`, which flip a whole maturity level at once and have no place on a production cluster. 3.7 adds `FastLeaseKeepAlive` and `PriorityRequest`.\n\n' +
			'Gate names are case-sensitive, values take Go\'s bool spellings (`true`, `false`, `1`, `0`). An unknown gate, a pair without `=value`, an invalid value or an attempt to change a gate that is locked to its default stops etcd at start. So does naming a gate while its old `experimental-*` option is also set (matched by substring, so `LeaseCheckpointPersist` also clashes with `experimental-enable-lease-checkpoint`). `LeaseCheckpointPersist=true` requires `LeaseCheckpoint=true`. Not available before 3.6.',
		example: 'ETCD_FEATURE_GATES="InitialCorruptCheck=true,CompactHashCheck=true"',
	},
	// profiling/metrics
	'distributed-tracing-address': {
		summary: 'Address (`host:port`) of the OpenTelemetry collector that receives etcd\'s traces over OTLP/gRPC (3.6+).',
		details: 'Used only while `enable-distributed-tracing` is true. Point it at a collector or agent, usually on the same host; the default `localhost:4317` is the usual OTLP gRPC port. Write host and port without a scheme (`otel-agent:4317`, not `http://otel-agent:4317`). 3.5 calls this setting `experimental-distributed-tracing-address`; 3.6 refuses to start when both spellings are present.',
		example: 'ETCD_DISTRIBUTED_TRACING_ADDRESS="127.0.0.1:4317"',
	},
	'distributed-tracing-instance-id': {
		summary: 'Identifies this member in exported traces as the OpenTelemetry service instance (3.6+).',
		details: 'Set a different value on every member, the member name being an obvious choice, so that spans from `pg1`, `pg2` and `pg3` can be told apart in the tracing backend. Empty by default, which leaves the attribute out. Only read while tracing is enabled. The 3.5 name is `experimental-distributed-tracing-instance-id`; 3.6 refuses to start with both.',
		example: 'ETCD_DISTRIBUTED_TRACING_INSTANCE_ID="pg1"',
	},
	'distributed-tracing-sampling-rate': {
		summary: 'How many requests per million etcd picks for tracing on its own (3.6+); default `0`.',
		details: 'A whole number from 0 to 1000000: `1000` traces 0.1 % of requests, `1000000` all of them. Tracing everything costs CPU and collector capacity, so start low. At `0` etcd only records requests that a client sends in with an already sampled trace. With tracing enabled, a value outside 0 to 1000000 stops etcd at start. The 3.5 name (from 3.5.11) is `experimental-distributed-tracing-sampling-rate`; in 3.6 only one of the two may be set.',
		example: 'ETCD_DISTRIBUTED_TRACING_SAMPLING_RATE="1000"',
	},
	'distributed-tracing-service-name': {
		summary: 'Service name under which etcd\'s spans show up in the tracing backend (3.6+); default `etcd`.',
		details: 'Keep one name for all members of a cluster and tell members apart with `distributed-tracing-instance-id`; change it only to separate several etcd clusters that report to the same backend. Has no effect unless `enable-distributed-tracing` is true. 3.5 spells it `experimental-distributed-tracing-service-name`; setting both stops 3.6 at start.',
		example: 'ETCD_DISTRIBUTED_TRACING_SERVICE_NAME="etcd-pg-prod"',
	},
	'enable-distributed-tracing': {
		summary: 'Turns on OpenTelemetry tracing of etcd\'s gRPC requests, exported to `distributed-tracing-address` (3.6+).',
		details: 'Helpful when you hunt latency across an application that is already traced; a typical Patroni cluster leaves it off. When you switch it on, also look at `distributed-tracing-sampling-rate`: its default `0` means etcd starts no traces of its own, and a value outside 0 to 1000000 stops etcd. Go bool spellings only (`true`, `false`, `1`, `0`). In 3.5 the switch is `experimental-enable-distributed-tracing`; 3.6 refuses to start if both are set.',
		example: 'ETCD_ENABLE_DISTRIBUTED_TRACING="true"',
	},
	'enable-pprof': {
		summary: 'Publishes Go\'s runtime profiling endpoints under `/debug/pprof/` on the client URLs.',
		details: 'Turn it on for a while when etcd burns CPU or memory for no obvious reason and someone needs CPU, heap or goroutine profiles (`go tool pprof` against `https://10.0.0.11:2379/debug/pprof/profile`). Anyone who gets through the client port\'s TLS settings can fetch them, and profiles expose internals and cost CPU while they run, so switch it off afterwards. Only Go bool spellings are accepted: `ETCD_ENABLE_PPROF=yes` stops etcd at start, write `true`.',
		example: 'ETCD_ENABLE_PPROF="true"',
	},
	'listen-metrics-urls': {
		summary: 'Additional addresses on which etcd serves only `/metrics` and `/health`, apart from the client URLs.',
		details:
			'Normally Prometheus metrics and the health endpoint live on the client URLs, so with client certificates required the scraper needs one too. An entry such as `http://10.0.0.11:2381` opens a separate listener that answers just those two paths, so monitoring can scrape without access to the key-value API. The host must be an IP address or `localhost` (a host name fails at start), the port is mandatory and a path, even a trailing `/`, is rejected.\n\n' +
			'An `https://` entry is served with the client-side `cert-file` and `key-file`; without those etcd exits at start. Use a port of its own (2381 is common) and open it in the firewall only towards the monitoring host.',
		example: 'ETCD_LISTEN_METRICS_URLS="http://10.0.0.11:2381"',
	},
	'metrics': {
		summary: 'Sets how detailed etcd\'s Prometheus metrics are: `basic` (default) or `extensive`.',
		details: '`extensive` adds per-method latency histograms for the gRPC API, which help to find which kind of request is slow but multiply the number of time series Prometheus has to store. The value is not checked: anything other than exactly `extensive`, a typo like `Extensive` included, quietly behaves like `basic`.',
		example: 'ETCD_METRICS="extensive"',
	},
	// proxy
	'proxy': {
		summary: 'Runs the process as a v2 HTTP proxy in front of an existing cluster instead of as a member: `off` (default), `on`, or `readonly`.',
		details:
			'The v2 proxy forwards requests of the old v2 HTTP API to the real members; `readonly` passes reads only and refuses writes. It is no use to v3 clients such as Patroni\'s `etcd3` settings or etcdctl v3: give those the addresses of all members, or run `etcd grpc-proxy start` if a local proxy is really wanted. On a normal member keep `off`.\n\n' +
			'Deprecated in 3.5 (a warning for the flag or variable, none for the YAML key) and removed in 3.6. Old RHEL templates still ship `ETCD_PROXY="off"`: harmless on 3.4/3.5, and on 3.6 and later just reported as an unknown variable and ignored, so delete the line. In a 3.4/3.5 YAML file quote the value (`proxy: \'off\'`): bare `off` is read as a boolean and start fails.',
		example: 'ETCD_PROXY="off"',
	},
	'proxy-dial-timeout': {
		summary: 'Milliseconds the v2 proxy waits while opening a connection to a member; default `1000`, and `0` waits without limit.',
		details:
			'Raise it only if members sit behind a slow or lossy link. Only read while `proxy` is `on` or `readonly`. The value is a bare integer in milliseconds: `2000` is fine, `2s` stops etcd at start.\n\n' +
			'Part of the v2 proxy: deprecated in 3.5 (a warning when set as flag or variable) and removed in 3.6, where an old `ETCD_PROXY_*` line is only reported as an unknown variable and ignored. Delete it when you upgrade.',
		example: 'ETCD_PROXY_DIAL_TIMEOUT="1000"',
	},
	'proxy-failure-wait': {
		summary: 'Milliseconds the v2 proxy keeps a member out of rotation after a failed request before trying it again; default `5000`.',
		details:
			'Raise it if the proxy keeps retrying a member that is down, lower it to take recovered members back sooner. Bare integer milliseconds (`5000`, not `5s`); ignored unless `proxy` is enabled.\n\n' +
			'Part of the v2 proxy: deprecated in 3.5 (a warning when set as flag or variable) and removed in 3.6, where an old `ETCD_PROXY_*` line is only reported as an unknown variable and ignored. Delete it when you upgrade.',
		example: 'ETCD_PROXY_FAILURE_WAIT="5000"',
	},
	'proxy-read-timeout': {
		summary: 'Milliseconds the v2 proxy waits for a member\'s answer; default `0`, meaning no limit.',
		details:
			'Leave it at `0`: v2 watches are long-polling requests that legitimately stay open for minutes, and any read timeout would cut them off. Bare integer milliseconds; only used while `proxy` is enabled.\n\n' +
			'Part of the v2 proxy: deprecated in 3.5 (a warning when set as flag or variable) and removed in 3.6, where an old `ETCD_PROXY_*` line is only reported as an unknown variable and ignored. Delete it when you upgrade.',
		example: 'ETCD_PROXY_READ_TIMEOUT="0"',
	},
	'proxy-refresh-interval': {
		summary: 'Milliseconds between two refreshes of the member list that the v2 proxy forwards to; default `30000`.',
		details:
			'The proxy regularly asks the cluster for the current client URLs so that added or replaced members are picked up; shorten the interval if membership changes often. Bare integer milliseconds (`30000`, not `30s`); only read while `proxy` is enabled.\n\n' +
			'Part of the v2 proxy: deprecated in 3.5 (a warning when set as flag or variable) and removed in 3.6, where an old `ETCD_PROXY_*` line is only reported as an unknown variable and ignored. Delete it when you upgrade.',
		example: 'ETCD_PROXY_REFRESH_INTERVAL="30000"',
	},
	'proxy-write-timeout': {
		summary: 'Milliseconds the v2 proxy allows for writing a forwarded request to a member\'s connection; default `5000`.',
		details:
			'Rarely worth changing; raise it only if large v2 writes over a slow link run into timeouts. Bare integer milliseconds (`5000`, not `5s`); ignored unless `proxy` is enabled.\n\n' +
			'Part of the v2 proxy: deprecated in 3.5 (a warning when set as flag or variable) and removed in 3.6, where an old `ETCD_PROXY_*` line is only reported as an unknown variable and ignored. Delete it when you upgrade.',
		example: 'ETCD_PROXY_WRITE_TIMEOUT="5000"',
	},
	// security
	'auto-tls': {
		summary: 'Lets etcd generate a self-signed certificate for its client URLs when `cert-file` and `key-file` are not set.',
		details:
			'The pair is created under `<data-dir>/fixtures/client/` on the first start and reused afterwards. It satisfies the rule that `https://` or `unixs://` client URLs need a certificate, but no client can verify it: Patroni, etcdctl and scripts must be told to skip server verification (etcdctl: `--insecure-skip-tls-verify`). Traffic is encrypted, yet nothing proves the server is really your etcd, and client certificates cannot be checked meaningfully either.\n\n' +
			'If real files are configured, the switch is ignored with a warning. With only `http://` client URLs the generated certificate is never used. Fine for a lab; for a production Patroni cluster issue certificates from a small CA instead. Go bool spellings only (`true`, `false`, `1`, `0`). From 3.5 on the certificate lifetime comes from `self-signed-cert-validity`; in YAML the key is `client-transport-security.auto-tls`.',
		example: 'ETCD_AUTO_TLS="true"',
	},
	'cert-file': {
		summary: 'Certificate (PEM) that etcd presents to clients on its client URLs, usually port 2379; it works together with `key-file`.',
		details:
			'This is the server side of client TLS: Patroni, etcdctl and every other client get this certificate when they connect to an `https://` or `unixs://` address in `listen-client-urls`. As soon as one client listen URL uses such a scheme, both `cert-file` and `key-file` must be set (or `auto-tls` enabled), otherwise etcd exits at start; giving only one of the two is fatal too. If all client URLs are plain `http://`, etcd logs that it ignores the files and serves unencrypted traffic, which is easy to miss when you believe TLS is on. Change the scheme in `listen-client-urls` and `advertise-client-urls` together.\n\n' +
			'The certificate\'s subject alternative names must cover every host name or IP address clients use to reach this member: the hosts in `advertise-client-urls`, and `127.0.0.1`/`localhost` if local tools connect that way. Otherwise clients fail with a host-name mismatch. The same pair also serves an `https://` entry in `listen-metrics-urls`. Peer traffic on port 2380 is configured separately with `peer-cert-file`.\n\n' +
			'etcd loads the pair when it creates the listener, so a wrong path or a permission problem shows up at start; afterwards it rereads the files for new connections, so a renewed certificate is picked up without a restart. Debian\'s and RHEL\'s units run etcd as user `etcd`, which must be able to read it. In the YAML config file the key lives under `client-transport-security:`; a top-level `cert-file:` is silently ignored.',
		example: 'ETCD_CERT_FILE="/etc/etcd/pki/server.crt"',
	},
	'cipher-suites': {
		summary: 'Restricts the TLS 1.2 cipher suites that etcd offers and accepts, on client and peer connections alike.',
		details:
			'Empty, the default, leaves the choice to Go\'s own list of secure suites, which is right for most clusters. Set it only when a security baseline demands an explicit list, using Go\'s suite names such as `TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`, separated by commas.\n\n' +
			'The pieces are not trimmed after the commas: `A, B` contains a suite called ` B` with a leading blank, which etcd does not recognise, and it refuses to start. Write the list without blanks (YAML takes a real list instead). The names are checked on every start even when all URLs are plain `http://`, so a typo stops an unencrypted cluster too.\n\n' +
			'Choose suites that fit your key type, `ECDHE_RSA` ones for RSA keys and `ECDHE_ECDSA` ones for EC keys, or handshakes fail for lack of a common cipher. TLS 1.3 suites are fixed by Go and cannot be listed; combining a list with `tls-min-version=TLS1.3` is rejected at start. Use the same list on all members.',
		example: 'ETCD_CIPHER_SUITES="TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"',
	},
	'client-cert-allowed-hostname': {
		summary: 'Accepts a client certificate on the client URLs only if it is valid for one of the listed host names or IP addresses.',
		details:
			'An extra filter after the usual check against `trusted-ca-file`: the certificate must also match one of these names in its subject alternative names, the way a server certificate is matched against the host you dial. Handy when one CA signs certificates for many services and only a few hosts should reach etcd. It has an effect only when clients are asked for certificates (`client-cert-auth=true` or a non-empty `trusted-ca-file`).\n\n' +
			'3.4 accepts exactly one name and has no YAML key; a comma list there is taken as one odd name that no certificate matches. From 3.5 it is a comma list that is not trimmed after the commas (`a, b` means ` b`, which never matches), and YAML spells it `client-transport-security.allowed-hostname` as a list. It rules out the allowed-CN filter: in 3.5+ YAML, `client-transport-security.allowed-cn` together with this stops etcd at start.',
		example: 'ETCD_CLIENT_CERT_ALLOWED_HOSTNAME="pg1.example.net,pg2.example.net,pg3.example.net"',
	},
	'client-cert-auth': {
		summary: 'Requires every client of the client URLs to present a certificate that etcd can verify.',
		details:
			'Turn it on for mutual TLS on port 2379. Patroni, etcdctl, backup jobs and monitoring then need their own certificate and key (in Patroni the `cert` and `key` settings of the `etcd3` section) issued by the CA in `trusted-ca-file`; a client without one fails during the TLS handshake with a bad-certificate error. It only works on `https://` or `unixs://` client URLs: on plain `http://` etcd logs that it ignores the setting, and anyone can connect.\n\n' +
			'Always set `trusted-ca-file` along with it. If that file is empty, etcd still starts but checks client certificates against the operating system\'s trusted roots, which rejects certificates from your private CA and may accept ones from public CAs. The opposite surprise exists as well: a non-empty `trusted-ca-file` alone already makes etcd demand client certificates, even with `client-cert-auth=false`.\n\n' +
			'With etcd authentication enabled, the certificate\'s common name is taken as the etcd user name of that client. Go bool spellings only (`true`, `false`, `1`, `0`), not `yes`. In YAML the key is `client-transport-security.client-cert-auth`. Peer connections have their own `peer-client-cert-auth`.',
		example: 'ETCD_CLIENT_CERT_AUTH="true"',
	},
	'client-cert-file': {
		summary: 'Certificate etcd presents when it connects to its own client URLs as a client, instead of reusing `cert-file` (3.5+).',
		details:
			'etcd opens client connections to its own client port, for example for its HTTP/JSON gateway. By default it presents `cert-file` there, which fails when client certificates are required and the server certificate lacks the client-authentication extended key usage. Point this at a proper client certificate in that case; if your server certificate carries both usages you never need it.\n\n' +
			'Must be set together with `client-key-file`; one without the other stops etcd at start. 3.4 does not have it and always reuses the server certificate. YAML: `client-transport-security.client-cert-file`.',
		example: 'ETCD_CLIENT_CERT_FILE="/etc/etcd/pki/etcd-client.crt"',
	},
	'client-crl-file': {
		summary: 'Certificate revocation list (PEM) that etcd uses to refuse revoked client certificates on the client URLs.',
		details:
			'When a client certificate leaks or a host is retired, revoke it in your CA and place the updated CRL here; connections presenting a listed certificate are then refused. The file is read again for every new connection, so replacing it takes effect without a restart, while a missing or unreadable file makes certificate-bearing connections fail. Only meaningful when clients send certificates (`client-cert-auth` or `trusted-ca-file`).\n\n' +
			'There is no YAML spelling in any version: use the `ETCD_*` variable or the flag. A `client-crl-file:` key in a config file is silently ignored.',
		example: 'ETCD_CLIENT_CRL_FILE="/etc/etcd/pki/ca.crl"',
	},
	'client-key-file': {
		summary: 'Private key for `client-cert-file`, the certificate etcd uses when it connects to its own client URLs (3.5+).',
		details: 'Must be given together with `client-cert-file`; exactly one of the two set makes etcd exit at start. Like every key etcd reads, it has to be unencrypted and readable by the `etcd` service user. Not available in 3.4. YAML: `client-transport-security.client-key-file`.',
		example: 'ETCD_CLIENT_KEY_FILE="/etc/etcd/pki/etcd-client.key"',
	},
	'cors': {
		summary: 'Lists the web origins from which browsers may call etcd\'s HTTP API (cross-origin resource sharing).',
		details: 'Only browser-based JavaScript that talks to etcd directly is affected; Patroni, etcdctl and other programs ignore CORS, so a database cluster can keep the default `*`. If you restrict it, write either exactly `*` or a comma list of full origins with scheme, host and port: `https://ui.example.com` is rejected at start for lack of a port, `https://ui.example.com:443` passes, and `*` cannot be mixed with URLs.',
		example: 'ETCD_CORS="https://etcd-ui.example.com:443"',
	},
	'experimental-peer-skip-client-san-verification': {
		summary: 'Old name (3.4 to 3.6) for `peer-skip-client-san-verification`: stops etcd from checking that a connecting member\'s certificate names the address it connects from.',
		details:
			'When peer client certificates are verified, etcd also compares the connecting member\'s source IP with the IP addresses in its certificate, or resolves the certificate\'s DNS names. Behind NAT, on hosts with several addresses, or with certificates that list only host names without matching DNS, this rejects legitimate members; the switch drops that comparison but keeps the check against `peer-trusted-ca-file`.\n\n' +
			'3.4 and 3.5 accept it only as a flag or `ETCD_*` variable (no YAML key). 3.6 deprecates it, without printing a warning, in favour of `peer-skip-client-san-verification` and refuses to start if both names are set; 3.7 no longer has it.',
		example: 'ETCD_EXPERIMENTAL_PEER_SKIP_CLIENT_SAN_VERIFICATION="true"',
	},
	'host-whitelist': {
		summary: 'Lists the host names etcd accepts in the `Host` header of requests that arrive over plain http.',
		details: 'A guard against DNS rebinding, where a malicious web page makes a browser on a trusted machine send requests to an unencrypted etcd. The default `*` accepts any name; once you list names, requests for other hosts are refused, so include every name and address that clients put in their URLs, `localhost` and `127.0.0.1` included if local tools use them. TLS connections are not checked. The list is split at commas without trimming: write `pg1,pg1.example.net`, not `pg1, pg1.example.net`.',
		example: 'ETCD_HOST_WHITELIST="pg1.example.net,10.0.0.11,localhost,127.0.0.1"',
	},
	'key-file': {
		summary: 'Private key (PEM, unencrypted) that belongs to `cert-file` and secures the client URLs.',
		details:
			'Required together with `cert-file` once a client listen URL uses `https://` or `unixs://` (unless `auto-tls` generates a pair); one without the other stops etcd at start. With only `http://` client URLs the key is ignored and a warning is logged.\n\n' +
			'etcd cannot ask for a passphrase, so the key must be stored unencrypted; protect it with ownership and mode instead, for example owner `root`, group `etcd`, mode `0640`, and make sure the `etcd` service user can still read it. A key that does not match the certificate makes the listener fail at start. In YAML it belongs under `client-transport-security:`. Peer traffic uses `peer-key-file`.',
		example: 'ETCD_KEY_FILE="/etc/etcd/pki/server.key"',
	},
	'peer-auto-tls': {
		summary: 'Lets etcd generate a self-signed certificate for member-to-member traffic when `peer-cert-file` and `peer-key-file` are not set.',
		details:
			'The pair is written under `<data-dir>/fixtures/peer/` and reused on later starts; if explicit peer files are configured, the switch is ignored with a warning. It lets `https://` peer URLs start without a PKI, but members accept each other\'s generated certificates without verification: replication is encrypted, yet anything that can reach port 2380 could pose as a member. It does not go together with `peer-client-cert-auth`, which needs certificates your CA signed.\n\n' +
			'All members must agree on the scheme: a member switched to `https://` peer URLs while the others still list it with `http://` in `initial-cluster` cannot join. Go bool spellings only (`true`, `false`, `1`, `0`). From 3.5 on the lifetime of the generated certificate is set by `self-signed-cert-validity`. YAML: `peer-transport-security.auto-tls`.',
		example: 'ETCD_PEER_AUTO_TLS="true"',
	},
	'peer-cert-allowed-cn': {
		summary: 'Accepts a connecting member\'s certificate only if its subject common name equals one of the listed values.',
		details:
			'Use it when your CA also signs certificates for other purposes and only certificates issued to etcd members (say CN `etcd-peer`) should be able to join replication. It is checked after the chain has been verified against `peer-trusted-ca-file`, so it only acts when peer client certificates are requested (`peer-client-cert-auth=true` or a non-empty `peer-trusted-ca-file`). A member whose certificate carries another CN is cut off from the others.\n\n' +
			'It cannot be combined with `peer-cert-allowed-hostname`: with both set etcd refuses to start. 3.4 takes a single CN and has no YAML key (a comma there is part of the name). From 3.5 it is a comma list, not trimmed, so leave no blanks after the commas; YAML spells it `peer-transport-security.allowed-cn`, as a list.',
		example: 'ETCD_PEER_CERT_ALLOWED_CN="etcd-peer"',
	},
	'peer-cert-allowed-hostname': {
		summary: 'Accepts a connecting member\'s certificate only if it is valid for one of the listed host names or IP addresses.',
		details:
			'A tighter filter than the plain CA check: the certificate must match one of these names in its subject alternative names, as a server certificate is matched against the host you dial. List all members. It only acts when peer client certificates are requested (`peer-client-cert-auth=true` or a non-empty `peer-trusted-ca-file`).\n\n' +
			'Mutually exclusive with `peer-cert-allowed-cn`; with both set etcd refuses to start. 3.4 takes one name and has no YAML key, so a comma list on Debian 12\'s 3.4.23 becomes one name that no certificate matches and the members lock each other out. From 3.5 it is a comma list without trimming after the commas; YAML: `peer-transport-security.allowed-hostname`, as a list.',
		example: 'ETCD_PEER_CERT_ALLOWED_HOSTNAME="pg1.example.net,pg2.example.net,pg3.example.net"',
	},
	'peer-cert-file': {
		summary: 'Certificate (PEM) this member uses on the peer port 2380, both when others connect to it and, by default, when it connects to them.',
		details:
			'Required, together with `peer-key-file`, as soon as `listen-peer-urls` contains an `https://` URL (unless `peer-auto-tls` is on); otherwise etcd exits at start, and giving only one of the two is fatal too. With plain `http://` peer URLs the files are ignored with a warning, and members replicate unencrypted although the configuration looks finished. Switch `listen-peer-urls`, `initial-advertise-peer-urls` and the entries in `initial-cluster` to `https://` on all members at once; members that disagree on the scheme cannot talk.\n\n' +
			'Because the same certificate also identifies this member when it dials out (3.5+ can use `peer-client-cert-file` for that), it needs subject alternative names for the address the other members use for it, and, when peers verify client certificates, the client-authentication extended key usage as well. A server-only certificate shows up as bad-certificate handshake errors in the peer logs and a cluster without leader.\n\n' +
			'Missing or unreadable files surface when the listener starts; the `etcd` service user must be able to read them. Renewed files are reread for new connections, so replacing certificate and key in place needs no restart. In YAML the key sits under `peer-transport-security:`; a top-level `peer-cert-file:` is silently ignored.',
		example: 'ETCD_PEER_CERT_FILE="/etc/etcd/pki/peer.crt"',
	},
	'peer-client-cert-auth': {
		summary: 'Requires members that connect to the peer URLs to present a certificate signed by the CA in `peer-trusted-ca-file`.',
		details:
			'Makes peer TLS mutual, so only hosts holding a certificate from your CA can take part in replication; recommended whenever peer traffic crosses a network you do not fully control. Each member\'s `peer-cert-file` (or `peer-client-cert-file` on 3.5+) must then be usable as a client certificate, i.e. carry the client-authentication extended key usage. It only applies to `https://` peer URLs; with `http://` etcd warns that it ignores the setting.\n\n' +
			'Set `peer-trusted-ca-file` along with it. Without a CA file etcd still starts but checks peer certificates against the system trust store, which rejects certificates from a private CA: members cannot connect and no leader is elected. Conversely, a non-empty `peer-trusted-ca-file` alone already makes etcd require peer client certificates, even when this switch is `false`.\n\n' +
			'Once certificates are checked, etcd also compares the connecting member\'s IP address with the certificate\'s IP entries (or resolves its DNS names); for NAT setups see `peer-skip-client-san-verification`. Go bool spellings only (`true`, `false`, `1`, `0`). YAML: `peer-transport-security.client-cert-auth`.',
		example: 'ETCD_PEER_CLIENT_CERT_AUTH="true"',
	},
	'peer-client-cert-file': {
		summary: 'Certificate this member presents when it connects to other members (3.5+); without it `peer-cert-file` is used for that as well.',
		details: 'Useful when your PKI issues server-only certificates: keep the server certificate in `peer-cert-file` and put one with the client-authentication usage here. Must be paired with `peer-client-key-file`; one without the other stops etcd at start. Not available in 3.4. YAML: `peer-transport-security.client-cert-file`.',
		example: 'ETCD_PEER_CLIENT_CERT_FILE="/etc/etcd/pki/peer-client.crt"',
	},
	'peer-client-key-file': {
		summary: 'Private key for `peer-client-cert-file`, used on outgoing connections to other members (3.5+).',
		details: 'Must be set together with `peer-client-cert-file`; exactly one of the two is a startup error. The key has to be unencrypted and readable by the service user (`etcd` on Debian and RHEL). Not available in 3.4. YAML: `peer-transport-security.client-key-file`.',
		example: 'ETCD_PEER_CLIENT_KEY_FILE="/etc/etcd/pki/peer-client.key"',
	},
	'peer-crl-file': {
		summary: 'Certificate revocation list (PEM) used to refuse peer connections that present a revoked certificate.',
		details: 'Useful after a member host is decommissioned or its key has leaked: revoke the certificate in your CA and deploy the CRL to all members. The file is read again for each incoming connection, so refreshing it needs no restart; a missing or unreadable file, however, makes peer connections fail. It has no YAML key in any version, so set it as an `ETCD_*` variable or flag; a `peer-crl-file:` line in the config file is ignored without a word.',
		example: 'ETCD_PEER_CRL_FILE="/etc/etcd/pki/ca.crl"',
	},
	'peer-key-file': {
		summary: 'Private key (PEM, unencrypted) that belongs to `peer-cert-file` and secures member-to-member traffic.',
		details: 'Needed together with `peer-cert-file` once a peer listen URL is `https://` (unless `peer-auto-tls` generates a pair); a missing half stops etcd at start. With only `http://` peer URLs it is ignored with a warning. etcd cannot decrypt passphrase-protected keys, so keep it unencrypted and protect it with ownership and mode (owner `root`, group `etcd`, mode `0640`), checking that the `etcd` user can read it. YAML: `peer-transport-security.key-file`.',
		example: 'ETCD_PEER_KEY_FILE="/etc/etcd/pki/peer.key"',
	},
	'peer-skip-client-san-verification': {
		summary: 'Turns off the check that a connecting member\'s certificate names the IP address the connection comes from (3.6+).',
		details:
			'With peer client certificates verified, etcd normally also requires the source IP of a peer connection to appear among the certificate\'s IP addresses, or one of its DNS names to resolve to it (forward or reverse lookup). NAT, several interfaces, or certificates issued for host names without matching DNS make this fail, and members with perfectly valid certificates are rejected. `true` keeps the CA check and drops only the address comparison.\n\n' +
			'Prefer fixing the certificates by adding each member\'s IP as a SAN; skip the check only if that is impossible. Before 3.6 the option is called `experimental-peer-skip-client-san-verification`, and setting both names makes 3.6 refuse to start. YAML: `peer-transport-security.skip-client-san-verification`.',
		example: 'ETCD_PEER_SKIP_CLIENT_SAN_VERIFICATION="true"',
	},
	'peer-trusted-ca-file': {
		summary: 'CA bundle (PEM) used to verify other members\' certificates on peer connections, in both directions.',
		details:
			'When this member dials another, it checks that member\'s certificate against this file; when another member connects here, its client certificate is checked against it too. With a private CA it is therefore needed for `https://` peer URLs in practice: leave it empty and etcd falls back to the system\'s trusted roots, outgoing connections fail with an unknown-authority error, and the cluster never elects a leader.\n\n' +
			'A non-empty value also makes etcd require a client certificate from every connecting member, whatever `peer-client-cert-auth` says. If `peer-client-cert-auth` is on and this file is empty, client certificates are checked against the system roots instead, which starts fine and then locks out every member carrying a private-CA certificate. Use the same bundle on all members; when rotating CAs, put the old and the new CA in it together first.\n\n' +
			'No effect with `http://` peer URLs. YAML: `peer-transport-security.trusted-ca-file`.',
		example: 'ETCD_PEER_TRUSTED_CA_FILE="/etc/etcd/pki/ca.crt"',
	},
	'self-signed-cert-validity': {
		summary: 'Lifetime, in whole years, of the certificates that `auto-tls` and `peer-auto-tls` generate (3.5+); default 1.',
		details: 'Only matters when one of the auto-TLS switches actually creates a certificate. The generated files under `<data-dir>/fixtures/` are reused on later starts, so a new value only applies after you delete them. 3.4 has no such option and always generates one-year certificates. `0` is invalid: as a flag or `ETCD_*` variable it stops etcd at start once a certificate has to be generated, while in YAML it quietly becomes 1. Write a bare integer (`5`, not `5y`).',
		example: 'ETCD_SELF_SIGNED_CERT_VALIDITY="5"',
	},
	'tls-max-version': {
		summary: 'Highest TLS version etcd offers on client and peer connections: `TLS1.2`, `TLS1.3`, or empty for the highest Go supports.',
		details: 'Leave it empty unless an old client or a middlebox cannot cope with TLS 1.3, in which case `TLS1.2` pins the protocol. It must not be lower than `tls-min-version`, or etcd refuses to start, and only the exact spellings `TLS1.2` and `TLS1.3` are accepted. The option arrived in 3.4.25 and 3.5.8: older patches, Debian 12\'s 3.4.23 among them, report `ETCD_TLS_MAX_VERSION` as unknown and ignore it, and the command-line flag makes them exit.',
		example: 'ETCD_TLS_MAX_VERSION="TLS1.3"',
	},
	'tls-min-version': {
		summary: 'Lowest TLS version etcd accepts on client and peer connections; default `TLS1.2`.',
		details: 'Raise it to `TLS1.3` when a policy requires it and every client (Patroni\'s Python client, etcdctl, monitoring) supports TLS 1.3. With `TLS1.3` as the minimum, `cipher-suites` must stay empty because TLS 1.3 suites cannot be chosen; etcd refuses to start otherwise, and a minimum above `tls-max-version` is rejected as well. Only the exact spellings `TLS1.2` and `TLS1.3` are accepted. The option exists from 3.4.25 and 3.5.8 on; Debian 12\'s 3.4.23 reports `ETCD_TLS_MIN_VERSION` as unknown and ignores it.',
		example: 'ETCD_TLS_MIN_VERSION="TLS1.3"',
	},
	'trusted-ca-file': {
		summary: 'CA bundle (PEM) against which etcd verifies client certificates on its client URLs.',
		details:
			'Put here the CA that signed the certificates of your clients: Patroni, etcdctl, backup jobs. Any non-empty value makes etcd demand a client certificate on its `https://` client URLs and check it against this file, regardless of `client-cert-auth`; a client that sends no certificate, or one from another CA, fails in the TLS handshake. If you want encryption without client certificates, leave this empty (clients still need the CA to verify etcd, but that is configured on their side).\n\n' +
			'If `client-cert-auth=true` and this file is empty, etcd starts anyway and checks client certificates against the operating system\'s trusted roots, so certificates from your private CA are rejected. Set the two together, with the same CA file on all members.\n\n' +
			'No effect on plain `http://` client URLs. YAML: `client-transport-security.trusted-ca-file` (a top-level key is ignored). Peer traffic has its own `peer-trusted-ca-file`.',
		example: 'ETCD_TRUSTED_CA_FILE="/etc/etcd/pki/ca.crt"',
	},
};
