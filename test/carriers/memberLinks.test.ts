import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLinksOf, loadTargets, type LoadLink } from '../../server/src/engine/cluster/loading';
import { codeLenses } from '../../server/src/engine/features/codeLens';
import { documentLinks } from '../../server/src/engine/features/links';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { documentContext } from '../../server/src/engine/validate/context';
import { findProblems, validate } from '../../server/src/engine/validate/validate';

/*
 * A unit's EnvironmentFile= and a compose service's env_file, linked to the env file they load: the two files are
 * one member (systemd puts the file's variables into the environment of the ExecStart= command; compose into the
 * container's), so an option in both is refused (etcd 3.4.23 does, test/differential/units.test.ts) and what one
 * file supplies the other does not miss.
 */

const unit = (service: string) => `# etcd, as the guide installs it\n[Unit]\nDescription=etcd key-value store\nAfter=network-online.target\n\n[Service]\nType=notify\nUser=etcd\n${service}\nRestart=on-failure\nLimitNOFILE=65536\n\n[Install]\nWantedBy=multi-user.target\n`;
const envFile = [
	'# /etc/etcd/etcd.env: written by the guide\'s step 3',
	'ETCD_NAME="db1"',
	'ETCD_DATA_DIR="/var/lib/etcd"',
	'ETCD_LISTEN_PEER_URLS="http://10.20.0.11:2380"',
	'ETCD_LISTEN_CLIENT_URLS="http://10.20.0.11:2379,http://127.0.0.1:2379"',
	'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://10.20.0.11:2380"',
	'ETCD_ADVERTISE_CLIENT_URLS="http://10.20.0.11:2379"',
	'ETCD_INITIAL_CLUSTER="db1=http://10.20.0.11:2380"',
	'ETCD_INITIAL_CLUSTER_TOKEN="db-etcd"',
	'',
].join('\n');

/** Every file of a small repository, each member checked with the links among them (as the CLI does). */
function checkAll(files: Record<string, string>, version = '3.4'): Map<string, { doc: ConfigDocument; links: LoadLink[]; rules: string[] }> {
	const docs = Object.entries(files).map(([path, text]) => parseDocument(`file:///repo/${path}`, text));
	const targets = loadTargets(docs.map(doc => doc.uri));
	const byUri = new Map(docs.map(doc => [doc.uri, doc]));
	return new Map(docs.map(doc => {
		const links = loadLinksOf(doc, docs, targets, uri => byUri.get(uri));
		const ctx = documentContext(doc, { version: version as '3.4' }, [], [], links);
		return [doc.uri.slice('file:///repo/'.length), { doc, links, rules: findProblems(doc, ctx).filter(found => found.severity !== 'hint').map(found => found.rule.id) }];
	}));
}

describe('which file an EnvironmentFile= or env_file names', () => {
	const targets = loadTargets([
		'file:///ws/etc/etcd/etcd.env',
		'file:///ws/hosts/db1/etc/etcd/etcd.env',
		'file:///ws/hosts/db2/etc/etcd/etcd.env',
		'file:///ws/role/templates/etcd.env.j2',
		'file:///ws/role/templates/etcd.service.j2',
		'file:///ws/plain/etcd.conf',
		'file:///ws/compose/etcd-a.env',
		'file:///ws/compose/env/shared.env',
	]);
	it('takes the very path where the workspace is the host\'s tree', () => {
		assert.equal(targets.resolve('file:///ws/etc/systemd/system/etcd.service', '/ws/etc/etcd/etcd.env'), 'file:///ws/etc/etcd/etcd.env');
	});
	it('takes the copy of the host\'s tree nearest the unit', () => {
		assert.equal(targets.resolve('file:///ws/hosts/db2/etc/systemd/system/etcd.service', '/etc/etcd/etcd.env'), 'file:///ws/hosts/db2/etc/etcd/etcd.env');
		assert.equal(targets.resolve('file:///ws/hosts/db1/etcd.service', '/etc/etcd/etcd.env'), 'file:///ws/hosts/db1/etc/etcd/etcd.env');
	});
	it('takes a file of that name, or its template, beside the unit', () => {
		assert.equal(targets.resolve('file:///ws/role/templates/etcd.service.j2', '/etc/etcd/etcd.env'), 'file:///ws/role/templates/etcd.env.j2');
		assert.equal(targets.resolve('file:///ws/plain/etcd.service', '/etc/etcd/etcd.conf'), 'file:///ws/plain/etcd.conf');
	});
	it('names nothing where no file of that name is known', () => {
		assert.equal(targets.resolve('file:///ws/plain/etcd.service', '/etc/default/etcd'), undefined);
	});
	it('reads compose\'s paths relative to the compose file, and only the very file', () => {
		assert.equal(targets.resolve('file:///ws/compose/compose.yaml#etcd-container=etcd-a', './etcd-a.env'), 'file:///ws/compose/etcd-a.env');
		assert.equal(targets.resolve('file:///ws/compose/compose.yaml', 'env/../env/shared.env'), 'file:///ws/compose/env/shared.env');
		assert.equal(targets.resolve('file:///ws/compose/compose.yaml', 'etcd.env'), undefined);
	});
});

describe('what a unit and a compose service say they load', () => {
	const loads = (text: string, uri = 'file:///u/etcd.service') => parseDocument(uri, text).loads?.map(at => [at.path, at.optional, text.slice(at.span.start, at.span.end)]);
	it('reads EnvironmentFile= paths after the last empty one, `-` marking a file that may be missing', () => {
		assert.deepEqual(loads(unit('EnvironmentFile=/etc/old.env\nEnvironmentFile=\nEnvironmentFile=-/etc/etcd/etcd.env\nEnvironmentFile=/etc/etcd/tls.env\nExecStart=/usr/bin/etcd')),
			[['/etc/etcd/etcd.env', true, '/etc/etcd/etcd.env'], ['/etc/etcd/tls.env', false, '/etc/etcd/tls.env']]);
	});
	it('leaves out paths that a specifier or a glob completes, and relative ones (systemd refuses them)', () => {
		assert.deepEqual(loads(unit('EnvironmentFile=/etc/etcd/%i.env\nEnvironmentFile=/etc/etcd/*.env\nEnvironmentFile=etcd.env\nExecStart=/usr/bin/etcd')), []);
	});
	it('reads env_file as a path, a list and a list of { path, required }, leaving interpolated paths out', () => {
		const compose = 'services:\n  etcd-a:\n    image: quay.io/coreos/etcd:v3.5.17\n    env_file: etcd-a.env\n  etcd-b:\n    image: quay.io/coreos/etcd:v3.5.17\n    env_file:\n      - common.env\n      - path: "./etcd-b.env"\n        required: false\n      - ${ENV_DIR}/extra.env\n';
		const doc = parseDocument('file:///c/compose.yaml', compose);
		assert.deepEqual(doc.members?.map(member => member.loads?.map(at => [at.path, at.optional, compose.slice(at.span.start, at.span.end)])),
			[[['etcd-a.env', false, 'etcd-a.env']], [['common.env', false, 'common.env'], ['./etcd-b.env', true, './etcd-b.env']]]);
	});
});

describe('a unit and the env file it loads are one member', () => {
	const service = unit('EnvironmentFile=-/etc/etcd/etcd.env\nExecStart=/usr/bin/etcd \\\n  --name db1 \\\n  --heartbeat-interval 200 --election-timeout 2000');

	it('finds an option set by the unit\'s flag and the file\'s variable, in both files, each pointing at the other', () => {
		const checked = checkAll({ 'db1/etcd.service': service, 'db1/etcd.env': envFile });
		const onUnit = validate(checked.get('db1/etcd.service')!.doc, documentContext(checked.get('db1/etcd.service')!.doc, { version: '3.4' }, [], [], checked.get('db1/etcd.service')!.links));
		const conflict = onUnit.filter(d => d.code === 'flag-and-variable');
		assert.equal(conflict.length, 1);
		assert.match(String(conflict[0].message), /--name is also set as ETCD_NAME in etcd\.env \(line 2\)/);
		assert.deepEqual(conflict[0].relatedInformation?.map(r => [r.location.uri, r.location.range.start.line]), [['file:///repo/db1/etcd.env', 1]]);
		assert.deepEqual(checked.get('db1/etcd.env')!.rules, ['flag-and-variable']);
	});

	it('offers to remove the flag (safe when both say the same) in the unit, and the variable (never safe) in the env file', () => {
		const checked = checkAll({ 'db1/etcd.service': service, 'db1/etcd.env': envFile });
		const fixesOf = (path: string) => {
			const { doc, links } = checked.get(path)!;
			return findProblems(doc, documentContext(doc, { version: '3.4' }, [], [], links)).filter(f => f.rule.id === 'flag-and-variable').flatMap(f => f.problem.fixes ?? []);
		};
		const [unitFix] = fixesOf('db1/etcd.service');
		assert.equal(unitFix.safe, true);
		assert.equal(unitFix.changes.every(change => change.doc === undefined), true);
		const [envFix] = fixesOf('db1/etcd.env');
		assert.equal(envFix.safe, undefined);
		assert.equal(envFix.changes.every(change => change.doc === undefined), true);
	});

	it('finds nothing to say where the files share no option, and no option is missing that the other one gives', () => {
		const onlyTimers = unit('EnvironmentFile=/etc/etcd/etcd.env\nExecStart=/usr/bin/etcd --heartbeat-interval 200 --election-timeout 2000');
		const checked = checkAll({ 'db1/etcd.service': onlyTimers, 'db1/etcd.env': envFile });
		assert.deepEqual([...checked.values()].map(c => c.rules), [[], []]);
	});

	it('does not miss a name or a listener the other file supplies (missing-name, advertise-not-served)', () => {
		const split = unit('EnvironmentFile=/etc/etcd/etcd.env\nExecStart=/usr/bin/etcd --name db1 --initial-advertise-peer-urls http://10.20.0.11:2380');
		const env = envFile.replace('ETCD_NAME="db1"\n', '').replace(/ETCD_INITIAL_ADVERTISE_PEER_URLS=.*\n/, '');
		const linked = checkAll({ 'db1/etcd.service': split, 'db1/etcd.env': env });
		assert.deepEqual([...linked.values()].map(c => c.rules), [[], []]);
		// The same two files apart: each misses what the other gives.
		const apart = checkAll({ 'db1/etcd.service': split, 'other/etcd.env': env });
		assert.deepEqual([...apart.values()].map(c => c.rules), [['advertise-not-served'], ['missing-name']]);
	});

	it('reports a mismatch between them once, in the file that holds the wrong value, pointing into the other', () => {
		const split = unit('EnvironmentFile=/etc/etcd/etcd.env\nExecStart=/usr/bin/etcd --name db1 --initial-advertise-peer-urls http://10.20.0.12:2380');
		const env = envFile.replace('ETCD_NAME="db1"\n', '').replace(/ETCD_INITIAL_ADVERTISE_PEER_URLS=.*\n/, '');
		const checked = checkAll({ 'db1/etcd.service': split, 'db1/etcd.env': env });
		assert.deepEqual(checked.get('db1/etcd.env')!.rules, []);
		const { doc, links } = checked.get('db1/etcd.service')!;
		const mismatch = validate(doc, documentContext(doc, { version: '3.4' }, [], [], links)).find(d => d.code === 'advertise-peer-mismatch');
		assert.ok(mismatch, 'the unit advertises another URL than the list gives its name');
		assert.deepEqual(mismatch.relatedInformation?.filter(r => r.location.uri.endsWith('.env')).map(r => r.location.range.start.line), [5, 2]);
	});

	it('lets a config file named in the env file silence the clash: etcd then reads neither', () => {
		const checked = checkAll({ 'db1/etcd.service': service, 'db1/etcd.env': 'ETCD_CONFIG_FILE=/etc/etcd/etcd.yaml\nETCD_NAME=db1\n' });
		assert.deepEqual(checked.get('db1/etcd.service')!.rules.filter(id => id === 'flag-and-variable'), []);
	});

	it('names the unit in the env file\'s cluster lens, and lists it among the files the lens opens', () => {
		const { doc, links } = checkAll({ 'db1/etcd.service': service, 'db1/etcd.env': envFile }).get('db1/etcd.env')!;
		const [lens] = codeLenses(doc, documentContext(doc, { version: '3.4' }, [], [], links));
		assert.match(lens.command!.title, / · loaded by etcd\.service$/);
		assert.deepEqual(lens.command!.arguments, [['file:///repo/db1/etcd.env', 'file:///repo/db1/etcd.service']]);
	});

	it('links the EnvironmentFile= path to the env file', () => {
		const { doc, links } = checkAll({ 'db1/etcd.service': service, 'db1/etcd.env': envFile }).get('db1/etcd.service')!;
		const found = documentLinks(doc, documentContext(doc, { version: '3.4' }, [], [], links));
		assert.deepEqual(found.map(p => [p.uri, doc.text.split('\n')[p.link.range.start.line].slice(p.link.range.start.character, p.link.range.end.character)]), [['file:///repo/db1/etcd.env', '/etc/etcd/etcd.env']]);
	});
});

describe('a compose service and its env_file are one member', () => {
	const compose = [
		'services:',
		'  etcd-a:',
		'    image: quay.io/coreos/etcd:v3.5.17',
		'    env_file: ./etcd-a.env',
		'    environment:',
		'      ETCD_DATA_DIR: /etcd-data',
		'    command:',
		'      - etcd',
		'      - --name=etcd-a',
		'      - --log-level=debug',
		'',
	].join('\n');
	it('finds a `command:` flag that the env_file sets as a variable too, not an `environment:` entry (compose lets it win)', () => {
		const checked = checkAll({ 'c/compose.yaml': compose, 'c/etcd-a.env': 'ETCD_LOG_LEVEL=info\nETCD_DATA_DIR=/var/lib/etcd\n' }, '3.5');
		assert.deepEqual(checked.get('c/compose.yaml')!.rules.filter(id => id === 'flag-and-variable'), ['flag-and-variable']);
		assert.deepEqual(checked.get('c/etcd-a.env')!.rules, ['flag-and-variable']);
	});
});
