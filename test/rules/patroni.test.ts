import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePatroni } from '../../server/src/engine/parse/parsePatroni';
import { patroniCodeActions, patroniCodeLenses, patroniCompletion, patroniHover } from '../../server/src/engine/features/patroni';
import { findPatroniProblems } from '../../server/src/engine/validate/validatePatroni';
import { validatePatroni } from '../../server/src/engine/validate/validatePatroni';
import { checked, exampleFiles, findings, tlsFiles } from './patroniFixtures';

const withPatroni = (files: Record<string, string>, edit: (text: string) => string): Record<string, string> => ({ ...files, patroni: edit(files.patroni) });

describe('Patroni rules on the user\'s three-node cluster', () => {
	it('are quiet on the example and on the TLS setup', () => {
		for (const files of [exampleFiles(), tlsFiles()]) {
			const { doc, ctx } = checked(files);
			assert.deepEqual(findPatroniProblems(doc, ctx).map(f => f.rule.id), []);
		}
	});

	it('patroni-peer-port: an error for a member\'s peer URL', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('192.168.45.202:2379', '192.168.45.202:2380'));
		assert.deepEqual(findings(files, 'patroni-peer-port'), [['error', '192.168.45.202:2380 is pg2\'s peer URL, not a client URL: the peer listener does not serve the client API, so Patroni cannot talk to etcd there. Use the client port (2379 by default).']]);
	});

	it('patroni-host-not-advertised: a warning for an address no member advertises, with a fix that lists the members', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('192.168.45.204:2379', '192.168.45.203:2379'));
		assert.deepEqual(findings(files, 'patroni-host-not-advertised').map(f => f[0]), ['warning']);
		const { doc, ctx } = checked(files);
		const line = doc.text.slice(0, doc.text.indexOf('192.168.45.203')).split('\n').length - 1;
		const [action] = patroniCodeActions(doc, { start: { line, character: 6 }, end: { line, character: 6 } }, ctx);
		assert.equal(action.title, 'List the members\' client URLs: 192.168.45.201:2379, 192.168.45.202:2379, 192.168.45.204:2379');
		const edit = action.edit!.changes![doc.uri][0];
		assert.equal(edit.newText, '- 192.168.45.201:2379\n    - 192.168.45.202:2379\n    - 192.168.45.204:2379');
	});

	it('patroni-host-not-advertised: the fix keeps a comma string a comma string', () => {
		const files = withPatroni(exampleFiles(), t => t.replace(/hosts:\n(\s+- .*\n)+/, 'hosts: 192.168.45.201:2379,192.168.45.202:2379,pg3.lan:2379\n'));
		const { doc, ctx } = checked(files);
		const line = doc.text.slice(0, doc.text.indexOf('pg3.lan')).split('\n').length - 1;
		const [action] = patroniCodeActions(doc, { start: { line, character: 60 }, end: { line, character: 60 } }, ctx);
		assert.equal(action.edit!.changes![doc.uri][0].newText, '192.168.45.201:2379,192.168.45.202:2379,192.168.45.204:2379');
	});

	it('patroni-scheme-mismatch: an error for https against http members, with a protocol fix', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('protocol: http', 'protocol: https'));
		const found = findings(files, 'patroni-scheme-mismatch');
		assert.equal(found.length, 3);
		assert.equal(found[0][0], 'error');
		assert.match(found[0][1], /^Patroni talks https to 192\.168\.45\.201:2379, but pg1 serves http:\/\/192\.168\.45\.201:2379/);
	});

	it('patroni-v2-api: an error for etcd: against members without enable-v2, a warning when some have it, nothing else in 3.6', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('etcd3:', 'etcd:'));
		assert.deepEqual(findings(files, 'patroni-v2-api').map(f => f[0]), ['error']);
		const some = { ...files, pg1: files.pg1 + 'ETCD_ENABLE_V2="true"\n' };
		assert.deepEqual(findings(some, 'patroni-v2-api').map(f => f[0]), ['warning']);
		const all = { ...some, pg2: files.pg2 + 'ETCD_ENABLE_V2="true"\n', pg3: files.pg3 + 'ETCD_ENABLE_V2="true"\n' };
		assert.deepEqual(findings(all, 'patroni-v2-api').map(f => f[0]), ['information']);
		assert.match(findings(all, 'patroni-v2-api', { version: '3.6' })[0][1], /no longer has/);
	});

	it('patroni-v2-api: the fix renames the section', () => {
		const { doc, ctx } = checked(withPatroni(exampleFiles(), t => t.replace('etcd3:', 'etcd:')));
		const line = doc.text.split('\n').findIndex(l => l === 'etcd:');
		const [action] = patroniCodeActions(doc, { start: { line, character: 1 }, end: { line, character: 1 } }, ctx);
		assert.deepEqual(action.edit!.changes![doc.uri], [{ range: { start: { line, character: 0 }, end: { line, character: 4 } }, newText: 'etcd3' }]);
	});

	it('patroni-grpc-gateway: etcd 3.4 from YAML files without the gateway is an error, and the fix edits the members', () => {
		const files = tlsFiles();
		const found = findings(files, 'patroni-grpc-gateway', { version: '3.4' });
		assert.deepEqual(found.map(f => f[0]), ['error']);
		assert.match(found[0][1], /db1, db2 and db3 do not serve/);
		assert.deepEqual(findings(files, 'patroni-grpc-gateway', { version: '3.5' }), []);
		const fixed = { ...files, db1: files.db1 + 'enable-grpc-gateway: true\n' };
		assert.deepEqual(findings(fixed, 'patroni-grpc-gateway', { version: '3.4' }).map(f => f[0]), ['warning']);
		const { doc, ctx, members } = checked(files, { version: '3.4' });
		const line = doc.text.split('\n').findIndex(l => l === 'etcd3:');
		const actions = patroniCodeActions(doc, { start: { line, character: 0 }, end: { line, character: 0 } }, ctx);
		assert.equal(actions.length, 3);
		assert.deepEqual(Object.keys(actions[0].edit!.changes!), [members[0].uri]);
		assert.match(actions[0].edit!.changes![members[0].uri][0].newText, /enable-grpc-gateway: true/);
	});

	it('patroni-grpc-gateway: env-file members of 3.4 have it on by default', () => {
		assert.deepEqual(findings(exampleFiles(), 'patroni-grpc-gateway', { version: '3.4' }), []);
	});

	it('patroni-client-cert: an error when members demand client certificates and Patroni has none', () => {
		const files = withPatroni(tlsFiles(), t => t.replace(/ {2}cert: .*\n {2}key: .*\n/, ''));
		const found = findings(files, 'patroni-client-cert');
		assert.deepEqual(found.map(f => f[0]), ['error']);
		assert.match(found[0][1], /^db1, db2 and db3 demand a client certificate/);
	});

	it('patroni-client-cert: a trusted-ca-file alone demands a certificate too; without a CA the members demand none', () => {
		const files = withPatroni(tlsFiles(), t => t.replace(/ {2}cert: .*\n {2}key: .*\n/, ''));
		const caOnly = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace('  client-cert-auth: true\n  trusted-ca-file', '  trusted-ca-file')]));
		assert.deepEqual(findings(caOnly, 'patroni-client-cert').map(f => f[0]), ['error']);
		const { doc, ctx } = checked(caOnly);
		const [found] = validatePatroni(doc, ctx).filter(d => d.code === 'patroni-client-cert');
		assert.deepEqual(found.relatedInformation?.map(r => r.location.range.start.line), [13, 13, 13]);
		const none = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, name === 'patroni' ? text : withoutClientCa(text)]));
		assert.deepEqual(findings(none, 'patroni-client-cert'), []);
	});

	it('patroni-no-cacert: a warning when TLS members use a private CA and Patroni names none', () => {
		const files = withPatroni(tlsFiles(), t => t.replace(/ {2}cacert: .*\n/, ''));
		assert.deepEqual(findings(files, 'patroni-no-cacert'), [['warning', 'The client side of db1, db2 and db3 uses a private CA (trusted-ca-file), but this section sets no cacert: Patroni then checks etcd\'s certificates against the system\'s trust store and fails unless that CA is installed there. Set cacert to the CA\'s certificate.']]);
		const { doc, ctx } = checked(files);
		const [found] = validatePatroni(doc, ctx).filter(d => d.code === 'patroni-no-cacert');
		assert.deepEqual(found.relatedInformation?.map(r => [r.location.uri.split('/').at(-2), r.location.range.start.line, r.message]), [['db1', 14, 'db1\'s CA'], ['db2', 14, 'db2\'s CA'], ['db3', 14, 'db3\'s CA']]);
		assert.match(findings(files, 'patroni-no-cacert', { locale: 'ru' })[0][1], /^Клиентская сторона db1, db2 и db3 работает с частным УЦ/);
	});

	it('patroni-no-cacert: quiet with cacert set, over http, and for TLS members without a CA of their own', () => {
		assert.deepEqual(findings(tlsFiles(), 'patroni-no-cacert'), []);
		assert.deepEqual(findings(exampleFiles(), 'patroni-no-cacert'), []);
		// https against http members is patroni-scheme-mismatch's error, not this one.
		assert.deepEqual(findings(withPatroni(exampleFiles(), t => t.replace('protocol: http', 'protocol: https')), 'patroni-no-cacert'), []);
		// Certificates without trusted-ca-file may come from a public CA the trust store holds.
		const publicCa = Object.fromEntries(Object.entries(tlsFiles()).map(([name, text]) => [name, name === 'patroni' ? text.replace(/ {2}cacert: .*\n/, '') : withoutClientCa(text)]));
		assert.deepEqual(findings(publicCa, 'patroni-no-cacert'), []);
		// Patroni's variables: PATRONI_ETCD3_CACERT counts like cacert.
		const env = 'PATRONI_ETCD3_HOSTS=10.20.0.11:2379,10.20.0.12:2379\nPATRONI_ETCD3_PROTOCOL=https\n';
		assert.deepEqual(findings({ ...tlsFiles(), patroni: env }, 'patroni-no-cacert').map(f => f[0]), ['warning']);
		assert.deepEqual(findings({ ...tlsFiles(), patroni: env + 'PATRONI_ETCD3_CACERT=/etc/patroni/ca.crt\n' }, 'patroni-no-cacert'), []);
	});

	it('patroni-no-cacert: members that make their own certificates (auto-tls) are named first', () => {
		const files = withPatroni(tlsFiles(), t => t.replace(/ {2}cacert: .*\n/, ''));
		const autoTls = { ...files, db3: files.db3.replace(/client-transport-security:\n( {2}.*\n)+/, 'client-transport-security:\n  auto-tls: true\n') };
		const found = findings(autoTls, 'patroni-no-cacert');
		assert.deepEqual(found.map(f => f[0]), ['warning']);
		assert.match(found[0][1], /^The client side of db3 uses certificates etcd makes itself \(auto-tls\)/);
		// auto-tls beside a certificate of its own: etcd ignores auto-tls.
		const ignored = { ...files, db3: files.db3.replace('client-transport-security:\n', 'client-transport-security:\n  auto-tls: true\n') };
		assert.match(findings(ignored, 'patroni-no-cacert')[0][1], /^The client side of db1, db2 and db3 uses a private CA/);
	});

	it('patroni-no-cacert: a mixed cluster names only the members with a private CA that Patroni reaches over TLS', () => {
		const files = withPatroni(tlsFiles(), t => t.replace(/ {2}cacert: .*\n/, ''));
		const mixed = { ...files, db2: withoutClientCa(files.db2), db3: files.db3.replaceAll('https://10.20.0.13:2379', 'http://10.20.0.13:2379') };
		assert.deepEqual(findings(mixed, 'patroni-no-cacert'), [['warning', 'The client side of db1 uses a private CA (trusted-ca-file), but this section sets no cacert: Patroni then checks etcd\'s certificates against the system\'s trust store and fails unless that CA is installed there. Set cacert to the CA\'s certificate.']]);
	});

	it('patroni-hosts-differ: a warning when another Patroni node lists other hosts', () => {
		const files = exampleFiles();
		const other = parsePatroni('file:///cluster/pg2/patroni.yml', files.patroni.replace('name: pg1', 'name: pg2').replace('    - 192.168.45.204:2379\n', ''), 'yaml');
		const { doc, ctx } = checked(files, {}, [other]);
		const found = findPatroniProblems(doc, ctx).filter(f => f.rule.id === 'patroni-hosts-differ');
		assert.equal(found[0].problem.message, 'pg2 lists other etcd hosts (http://192.168.45.201:2379, http://192.168.45.202:2379): Patroni nodes of one cluster usually list the same etcd members.');
	});

	it('patroni-no-endpoint: a warning for a section without any endpoint', () => {
		const files = withPatroni(exampleFiles(), t => t.replace(/ {2}hosts:\n( {4}- .*\n)+/, ''));
		assert.deepEqual(findings(files, 'patroni-no-endpoint').map(f => f[0]), ['warning']);
	});

	it('never shows a password, in any finding', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('192.168.45.204:2379', 'Zq7-oN4v-patroni:2379'));
		const { doc, ctx } = checked(files);
		const text = JSON.stringify([validatePatroni(doc, ctx), patroniCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, ctx)]);
		assert.ok(!text.includes('Zq7-oN4v-patroni'), text);
		assert.ok(text.includes('****'));
	});
});

describe('Patroni hover and completion', () => {
	it('explains a key in English and in Russian, and names the cluster on the section', () => {
		const { doc, ctx } = checked(exampleFiles());
		const line = doc.text.split('\n').findIndex(l => l.trim() === 'hosts:');
		const hover = patroniHover(doc, { line, character: 3 }, ctx);
		assert.match(JSON.stringify(hover), /client\*\* URLs/);
		const ru = checked(exampleFiles(), { locale: 'ru' });
		assert.match(JSON.stringify(patroniHover(ru.doc, { line, character: 3 }, ru.ctx)), /клиентские/);
		const section = patroniHover(doc, { line: line - 1, character: 1 }, ctx);
		assert.match(JSON.stringify(section), /etcd cluster: pg1, pg2, pg3/);
	});

	it('offers the members\' advertised client URLs in a hosts list', () => {
		const files = withPatroni(exampleFiles(), t => t.replace('    - 192.168.45.204:2379\n', '    - \n'));
		const { doc, ctx } = checked(files);
		const line = doc.text.split('\n').findIndex(l => l === '    - ');
		const items = patroniCompletion(doc, { line, character: 6 }, ctx);
		assert.deepEqual(items.map(i => i.label), ['192.168.45.201:2379', '192.168.45.202:2379', '192.168.45.204:2379']);
	});
});

describe('PATRONI_ETCD3_* variables', () => {
	it('are read from an env file and a unit\'s Environment= lines, and checked like the YAML', () => {
		const env = 'PATRONI_SCOPE=pg-main\nPATRONI_ETCD3_HOSTS="192.168.45.201:2380,192.168.45.202:2379"\nPATRONI_ETCD3_PASSWORD=Zq7-oN4v-patroni\n';
		assert.deepEqual(findings({ ...exampleFiles(), patroni: env }, 'patroni-peer-port').map(f => f[0]), ['error']);
		const unit = '[Service]\nEnvironment=PATRONI_ETCD_HOSTS=192.168.45.201:2379\nExecStart=/usr/bin/patroni /etc/patroni.yml\n';
		assert.deepEqual(findings({ ...exampleFiles(), patroni: unit }, 'patroni-v2-api').map(f => f[0]), ['error']);
	});
});

describe('Patroni code lens', () => {
	it('names the etcd cluster and the Patroni nodes beside it, and lists their files', () => {
		const files = exampleFiles();
		const other = parsePatroni('file:///cluster/pg2/patroni.yml', files.patroni.replace('name: pg1', 'name: pg2'), 'yaml');
		const { doc, ctx } = checked(files, {}, [other]);
		const [lens] = patroniCodeLenses(doc, ctx);
		assert.equal(lens.command?.title, 'etcd cluster: pg1, pg2, pg3 · 2 Patroni nodes: pg1, pg2');
		assert.equal((lens.command?.arguments?.[0] as string[]).length, 5);
		const ru = checked(files, { locale: 'ru' }, [other]);
		assert.equal(patroniCodeLenses(ru.doc, ru.ctx)[0].command?.title, 'Кластер etcd: pg1, pg2, pg3 · 2 узла Patroni: pg1, pg2');
	});
});

/** A member file without the client side's trusted-ca-file (the first one; the peer side keeps its own). */
function withoutClientCa(text: string): string {
	return text.replace(/ {2}client-cert-auth: true\n {2}trusted-ca-file: .*\n/, '');
}
