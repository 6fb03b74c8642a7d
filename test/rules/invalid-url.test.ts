import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, check, expectProblems } from './ruleTest';
import { expectQuietOnCleanFiles } from './urlFixtures';

const rule = 'invalid-url';

function fixOf(source: string, title: RegExp, version: '3.4' | '3.5' = '3.5') {
	const fix = check(rule, source, { version }).problems.flatMap(p => p.fixes ?? []).find(f => title.test(f.title));
	assert.ok(fix, `a fix titled ${title}`);
	return fix;
}

describe('invalid-url', () => {
	it('stays quiet on pg1 and the RHEL file, for every version', () => {
		expectQuietOnCleanFiles(rule);
	});
	it('accepts what Go accepts: an upper-case scheme, a query, user info, IPv6 in brackets', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="HTTP://10.0.0.1:2379,http://10.0.0.1:2379?x=1,http://[::1]:2379"\nETCD_ADVERTISE_CLIENT_URLS=http://u@etcd1.example.com:2379\n');
	});
	it('marks a URL without scheme and offers http://, not as a safe fix', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="⟦192.168.1.1:2380⟧"\n');
		const fix = fixOf('ETCD_LISTEN_PEER_URLS="192.168.1.1:2380"\n', /http:\/\/192\.168\.1\.1:2380/);
		assert.equal(fix.safe, false);
		assert.equal(applyFix(rule, 'ETCD_LISTEN_PEER_URLS="192.168.1.1:2380"\n', /Change to/), 'ETCD_LISTEN_PEER_URLS="http://192.168.1.1:2380"\n');
	});
	it('adds scheme and port together to a bare host', () => {
		assert.equal(applyFix(rule, 'ETCD_ADVERTISE_CLIENT_URLS=etcd1.example.com\n', /Change to/), 'ETCD_ADVERTISE_CLIENT_URLS=http://etcd1.example.com:2379\n');
	});
	it('marks only the entry without a port, and adds the side\'s default port safely', () => {
		const source = 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,⟦http://127.0.0.1⟧"\n';
		expectProblems(rule, source);
		assert.equal(fixOf(source, /Change to/).safe, true);
		assert.equal(applyFix(rule, source, /Change to/), 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,http://127.0.0.1:2379"\n');
	});
	it('uses 2380 for peer URLs and initial-cluster, 2381 for metrics', () => {
		assert.equal(applyFix(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1\n', /Change to/), 'ETCD_INITIAL_ADVERTISE_PEER_URLS=http://10.0.0.1:2380\n');
		assert.equal(applyFix(rule, 'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1,pg2=http://10.0.0.2:2380"\n', /Change to/), 'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380"\n');
		assert.equal(applyFix(rule, 'ETCD_LISTEN_METRICS_URLS=http://127.0.0.1\n', /Change to/), 'ETCD_LISTEN_METRICS_URLS=http://127.0.0.1:2381\n');
	});
	it('adds a port to a bracketed IPv6 address, but leaves an unbracketed one to the user', () => {
		assert.equal(applyFix(rule, 'ETCD_LISTEN_CLIENT_URLS=http://[::1]\n', /Change to/), 'ETCD_LISTEN_CLIENT_URLS=http://[::1]:2379\n');
		const [problem] = expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS="⟦http://fe80::1:2379⟧"\n');
		assert.match(problem.message, /IPv6 address without brackets/);
		assert.equal(problem.fixes, undefined);
	});
	it('drops a trailing slash safely, keeping CRLF line ends and comments', () => {
		const source = '# client side\r\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379/"\r\nETCD_NAME=pg1\r\n';
		expectProblems(rule, '# client side\r\nETCD_ADVERTISE_CLIENT_URLS="⟦http://10.0.0.1:2379/⟧"\r\nETCD_NAME=pg1\r\n');
		assert.equal(fixOf(source, /Change to/).safe, true);
		assert.equal(applyFix(rule, source, /Change to/), '# client side\r\nETCD_ADVERTISE_CLIENT_URLS="http://10.0.0.1:2379"\r\nETCD_NAME=pg1\r\n');
	});
	it('offers to drop a longer path, but not as a safe fix', () => {
		const source = 'ETCD_ADVERTISE_CLIENT_URLS=http://10.0.0.1:2379/v2/keys\n';
		expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS=⟦http://10.0.0.1:2379/v2/keys⟧\n');
		assert.equal(fixOf(source, /Change to/).safe, false);
		assert.equal(applyFix(rule, source, /Change to/), 'ETCD_ADVERTISE_CLIENT_URLS=http://10.0.0.1:2379\n');
	});
	it('reports a scheme etcd does not know and suggests the nearest one', () => {
		const [problem] = expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS="⟦htps://10.0.0.1:2379⟧"\n');
		assert.match(problem.message, /scheme htps: etcd accepts only http, https, unix and unixs/);
		assert.equal(applyFix(rule, 'ETCD_ADVERTISE_CLIENT_URLS="htps://10.0.0.1:2379"\n', /Change to/), 'ETCD_ADVERTISE_CLIENT_URLS="https://10.0.0.1:2379"\n');
	});
	it('reports a port that is not a number, and a blank inside the host', () => {
		expectProblems(rule, 'ETCD_ADVERTISE_CLIENT_URLS="⟦http://10.0.0.1:abc⟧,⟦http://etcd 1:2379⟧"\n');
	});
	it('removes literal quotes around a URL (safe), even together with a missing port', () => {
		const source = 'ETCD_INITIAL_ADVERTISE_PEER_URLS=\'"http://10.0.0.1:2380"\'\n';
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS=\'⟦"http://10.0.0.1:2380"⟧\'\n');
		assert.equal(fixOf(source, /Change to/).safe, true);
		assert.equal(applyFix(rule, source, /Change to/), 'ETCD_INITIAL_ADVERTISE_PEER_URLS=\'http://10.0.0.1:2380\'\n');
		assert.equal(applyFix(rule, 'ETCD_LISTEN_PEER_URLS="\\"http://10.0.0.1\\""\n', /Change to/), 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1:2380"\n');
	});
	it('marks the stray comma of an empty entry and removes it safely', () => {
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379⟦,⟧,http://10.0.0.2:2379⟦,⟧"\n');
		assert.equal(applyFix(rule, 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379,"\n', /stray comma/), 'ETCD_LISTEN_CLIENT_URLS="http://10.0.0.1:2379"\n');
		assert.equal(fixOf('ETCD_LISTEN_CLIENT_URLS=",http://10.0.0.1:2379"\n', /stray comma/).safe, true);
	});
	it('knows that 3.4 wants unix://host:port while 3.5 takes socket paths', () => {
		const source = 'ETCD_LISTEN_CLIENT_URLS="http://127.0.0.1:2379,unix:///run/etcd.sock,unix://localhost:2389"\n';
		const [problem] = expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://127.0.0.1:2379,⟦unix:///run/etcd.sock⟧,unix://localhost:2389"\n', { version: '3.4' });
		assert.match(problem.message, /3\.4/);
		assert.equal(problem.fixes, undefined);
		expectProblems(rule, source, { version: '3.5' });
		expectProblems(rule, source, { version: '3.6' });
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS=⟦unixs://localhost:2389/x⟧\n', { version: '3.4' });
	});
	it('accepts cors * alone, and refuses * with blanks or among URLs', () => {
		expectProblems(rule, 'ETCD_CORS="*"\n');
		expectProblems(rule, 'ETCD_CORS=⟦" *"⟧\n');
		assert.equal(applyFix(rule, 'ETCD_CORS=" *"\n', /without blanks/), 'ETCD_CORS="*"\n');
		expectProblems(rule, 'ETCD_CORS="⟦*⟧,http://app.example.com:80"\n');
		assert.equal(applyFix(rule, 'ETCD_CORS="*,http://app.example.com:80"\n', /Keep only/), 'ETCD_CORS="http://app.example.com:80"\n');
	});
	it('checks cors origins like URLs, without guessing a port', () => {
		const [problem] = expectProblems(rule, 'ETCD_CORS="http://a.example.com:80,⟦https://app.example.com⟧"\n');
		assert.equal(problem.fixes, undefined);
	});
	it('checks the URLs of initial-cluster and entries without one', () => {
		expectProblems(rule, 'ETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,⟦pg2⟧,⟦pg3=⟧,pg4=⟦10.0.0.4:2380⟧"\n');
		const [problem] = expectProblems(rule, 'ETCD_INITIAL_CLUSTER="pg1=⟦http://10.0.0.1:2380/⟧"\n');
		assert.match(problem.message, /^ETCD_INITIAL_CLUSTER \(pg1\): /);
	});
	it('skips pieces a template decides and checks the literal ones', () => {
		expectProblems(rule, 'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://{{ ansible_host }}:2380"\nETCD_LISTEN_PEER_URLS="http://{{ ip }}:2380,http://{{ h }}:2380"\n');
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="http://${IP}:2380,http://{{ ip }}:2380"\n', { file: 'etcd.env.tmpl' });
		expectProblems(rule, 'ETCD_LISTEN_CLIENT_URLS="http://{{ ansible_host }},⟦http://127.0.0.1⟧"\n');
		expectProblems(rule, 'ETCD_INITIAL_CLUSTER="{% for h in hosts %}{{ h }}=http://{{ h }}:2380,{% endfor %}"\n');
	});
	it('checks what systemd hands over literally: ${VAR}, $VAR and %H are not expanded in an env file', () => {
		const problems = expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="⟦http://${IP}:2380⟧,⟦http://%H:2380⟧"\nETCD_ADVERTISE_CLIENT_URLS=http://$IP:2379\n');
		assert.match(problems[0].message, /holds \{ in its host.*Nothing expands \$\{IP\} before etcd reads it/);
		assert.match(problems[1].message, /holds %H:, which Go's URL parser reads as a broken %-escape.*Nothing expands %H/);
		// A Jinja template renders {{ }}, not ${}: that reaches etcd as written.
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS="⟦http://${IP}:2380⟧,http://{{ ip }}:2380"\n', { file: 'etcd.env.j2' });
		expectProblems(rule, 'listen-peer-urls: ⟦http://${IP}:2380⟧\n', { file: 'etcd.conf.yml' });
	});
	it('checks flags in DAEMON_ARGS and fixes them in place', () => {
		const source = 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1 --advertise-client-urls http://10.0.0.1:2379/"\n';
		const problems = expectProblems(rule, 'DAEMON_ARGS="--listen-peer-urls=⟦http://10.0.0.1⟧ --advertise-client-urls ⟦http://10.0.0.1:2379/⟧"\n');
		assert.match(problems[0].message, /^--listen-peer-urls: /);
		assert.equal(applyFix(rule, source, /2380/), 'DAEMON_ARGS="--listen-peer-urls=http://10.0.0.1:2380 --advertise-client-urls http://10.0.0.1:2379/"\n');
	});
	it('rewrites the whole value when quotes split the entry, so the edit stays valid', () => {
		assert.equal(applyFix(rule, 'ETCD_LISTEN_PEER_URLS="http://10.0.0.1"/\n', /Change to/), 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\n');
		assert.equal(applyFix(rule, 'DAEMON_ARGS="--name pg1 --listen-peer-urls \'http://10.0.0.1\'"\n', /Change to/), 'DAEMON_ARGS="--name pg1 --listen-peer-urls \'http://10.0.0.1:2380\'"\n');
	});
	it('reads only the last of two env lines for one option, as systemd does', () => {
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1\nETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\n');
		expectProblems(rule, 'ETCD_LISTEN_PEER_URLS=http://10.0.0.1:2380\nETCD_LISTEN_PEER_URLS=⟦http://10.0.0.1⟧\n');
	});
	it('treats an empty value as unset', () => {
		expectProblems(rule, 'ETCD_LISTEN_METRICS_URLS=\nETCD_CORS=""\n');
	});
});
