import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { loadLinksOf, loadTargets } from '../../server/src/engine/cluster/loading';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { documentContext } from '../../server/src/engine/validate/context';
import { validate } from '../../server/src/engine/validate/validate';
import { markSpecifiers, parseUnit, type UnitDirective } from '../../server/src/engine/parsers/systemdUnit';
import { programOf, runsEtcd, unitWords } from '../../server/src/engine/parsers/unitCommand';
import { etcdAvailable, runInTempDir } from './etcdRunner';
import { bothVerdicts, errorsAt3423 } from './verdicts';

/*
 * Units started with the real etcd (3.4.23) as systemd would start them: the last etcd ExecStart= after any reset,
 * split into words, with the Environment= variables. Every unit etcd refuses must get an error from us, every unit
 * it starts none. Loopback 127.0.5.x, ports 35000-35999.
 */

const available = etcdAvailable();
const unit = (service: string) => `[Unit]\nDescription=etcd\n\n[Service]\nType=notify\n${service}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`;
const urls = '--listen-client-urls http://@IP@:@C@ --advertise-client-urls http://@IP@:@C@ --listen-peer-urls http://@IP@:@P@ --initial-advertise-peer-urls http://@IP@:@P@';
const member = `--name a ${urls} --initial-cluster a=http://@IP@:@P@`;
const envUrls = 'ETCD_LISTEN_CLIENT_URLS=http://@IP@:@C@\nETCD_ADVERTISE_CLIENT_URLS=http://@IP@:@C@\nETCD_LISTEN_PEER_URLS=http://@IP@:@P@\nETCD_INITIAL_ADVERTISE_PEER_URLS=http://@IP@:@P@\n';

const cases: Record<string, string> = {
	'a one-line command': unit(`ExecStart=/usr/bin/etcd ${member}`),
	'flags on continued lines, a comment line inside': unit(`ExecStart=/usr/bin/etcd \\\n  --name a \\\n# the URLs\n  ${urls} \\\n  --initial-cluster a=http://@IP@:@P@`),
	'a duration where milliseconds are counted': unit(`ExecStart=/usr/bin/etcd ${member} --heartbeat-interval=100ms`),
	'a flag and an Environment= variable for one option': unit(`Environment=ETCD_NAME=a\nExecStart=/usr/bin/etcd ${member}`),
	'a variable in Environment= with the flags': unit(`Environment="ETCD_HEARTBEAT_INTERVAL=100" ETCD_ELECTION_TIMEOUT=1000\nExecStart=/usr/bin/etcd ${member}`),
	'a bad duration in Environment=': unit(`Environment=ETCD_HEARTBEAT_INTERVAL=100ms\nExecStart=/usr/bin/etcd ${member}`),
	'a switch followed by a word': unit(`ExecStart=/usr/bin/etcd ${member} --enable-pprof false`),
	'an unknown flag': unit(`ExecStart=/usr/bin/etcd ${member} --not-an-etcd-flag=1`),
	'a flag without its value at the end': unit(`ExecStart=/usr/bin/etcd ${member} --initial-cluster-token`),
	'quotes inside a word, dropped by systemd': unit(`ExecStart=/usr/bin/etcd ${member} --log-level=de"bu"g`),
	'a quoted blank inside a value': unit(`ExecStart=/usr/bin/etcd ${member} "--log-level=de bug"`),
	'a single-quoted value': unit(`ExecStart=/usr/bin/etcd ${member} --initial-cluster-token 'tok en'`),
	'a name missing from the cluster list': unit(`ExecStart=/usr/bin/etcd --name b ${urls} --initial-cluster a=http://@IP@:@P@`),
	'a drop-in that clears a bad command and sets a good one': unit(`ExecStart=/usr/bin/etcd --heartbeat-interval=1s\nExecStart=\nExecStart=/usr/bin/etcd ${member}`),
	'a drop-in that clears a good command and sets a bad one': unit(`ExecStart=/usr/bin/etcd ${member}\nExecStart=\nExecStart=/usr/bin/etcd ${member} --snapshot-count=-1`),
	'an escaped percent and dollar': unit(`ExecStart=/usr/bin/etcd ${member} --initial-cluster-token=a%%b$$c`),
};

/** etcd's environment and arguments as systemd gives them. */
function launch(text: string): { env: NodeJS.ProcessEnv; args: string[] } {
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
	for (const setting of parseDocument('file:///diff/etcd.service', text).settings) if (setting.source === 'unit-env') env[setting.key] = setting.value;
	const service = parseUnit(text).filter(d => d.section === 'Service' && d.key === 'ExecStart');
	const wordsOf = (d: UnitDirective) => unitWords(markSpecifiers({ text: d.value, offsets: d.offsets }));
	const command = service.slice(service.map(d => d.value === '').lastIndexOf(true) + 1).filter(d => runsEtcd(programOf(wordsOf(d)))).pop();
	return { env, args: command ? wordsOf(command).slice(1).map(word => word.text) : [] };
}

describe('units etcd refuses get an error from us, and only those', { skip: !available && 'etcd not installed', concurrency: 2 }, () => {
	const verdicts = bothVerdicts('units', 5);
	Object.entries(cases).forEach(([name, template], index) => {
		it(name, { timeout: 20_000 }, async () => {
			const text = template.replace(/@IP@/g, `127.0.5.${index + 1}`).replace(/@C@/g, String(35000 + index * 2)).replace(/@P@/g, String(35001 + index * 2));
			const ours = errorsAt3423('file:///diff/etcd.service', text);
			const etcd = await runInTempDir(() => launch(text), 4000);
			verdicts.push(etcd.started);
			if (etcd.started) assert.deepEqual(ours, [], 'etcd started with this unit, so we must report no error');
			else assert.ok(ours.length > 0, `etcd refused it (exit ${etcd.exitCode}) but we report no error:\n${etcd.tail}`);
		});
	});
});

/*
 * A unit and the env file its EnvironmentFile= names, started together: systemd puts the file's variables into etcd's
 * environment (over the unit's Environment=), so the two files are one member. Each file is checked with the link
 * to the other (as the CLI and the server make it); etcd refusing the pair must give an error in one of them.
 * Loopback 127.0.5.101+, ports 35200-35299.
 */
const pairs: Record<string, { service: string; env: string }> = {
	'the settings in the env file, a bare ExecStart=': { service: 'ExecStart=/usr/bin/etcd', env: `ETCD_NAME=a\n${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\n` },
	'--name in the unit and ETCD_NAME in the env file': { service: 'ExecStart=/usr/bin/etcd --name a', env: `ETCD_NAME=a\n${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\n` },
	'the same heartbeat as a flag and as a variable of the file': { service: 'ExecStart=/usr/bin/etcd --heartbeat-interval=100', env: `ETCD_NAME=a\n${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\nETCD_HEARTBEAT_INTERVAL=100\n` },
	'the name in the unit, the URLs and the list in the file': { service: 'ExecStart=/usr/bin/etcd --name a', env: `${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\n` },
	'the name in the unit, missing from the file\'s list': { service: 'ExecStart=/usr/bin/etcd --name b', env: `${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\n` },
	'the list in the unit, the name in the file': { service: 'ExecStart=/usr/bin/etcd --initial-cluster a=http://@IP@:@P@', env: `ETCD_NAME=a\n${envUrls}` },
	'the file overrides the unit\'s Environment= (no flag: no clash)': { service: 'Environment=ETCD_NAME=zz\nExecStart=/usr/bin/etcd', env: `ETCD_NAME=a\n${envUrls}ETCD_INITIAL_CLUSTER=a=http://@IP@:@P@\n` },
};

describe('a unit and the env file it loads, started together by the real etcd', { skip: !available && 'etcd not installed', concurrency: 2 }, () => {
	const verdicts = bothVerdicts('unit and env file pairs', 2);
	Object.entries(pairs).forEach(([name, pair], index) => {
		it(name, { timeout: 20_000 }, async () => {
			const fill = (text: string) => text.replace(/@IP@/g, `127.0.5.${101 + index}`).replace(/@C@/g, String(35200 + index * 2)).replace(/@P@/g, String(35201 + index * 2));
			const service = fill(unit(`EnvironmentFile=-/etc/etcd/etcd.env\n${pair.service}`));
			const env = parseDocument('file:///diff/node/etcd.env', fill(pair.env));
			const loader = parseDocument('file:///diff/node/etcd.service', service);
			const ours = [loader, env].flatMap(doc => {
				const links = loadLinksOf(doc, [loader], loadTargets([loader.uri, env.uri]), uri => uri === env.uri ? env : undefined);
				return validate(doc, documentContext(doc, { version: '3.4.23' }, [], [], links)).filter(d => d.severity === DiagnosticSeverity.Error).map(d => `${d.code}: ${d.message}`);
			});
			const etcd = await runInTempDir(() => {
				const launched = launch(service);
				for (const setting of env.settings) launched.env[setting.key] = setting.value;
				return launched;
			}, 4000);
			verdicts.push(etcd.started);
			if (etcd.started) assert.deepEqual(ours, [], 'etcd started with these files, so we must report no error');
			else assert.ok(ours.length > 0, `etcd refused them (exit ${etcd.exitCode}) but we report no error:\n${etcd.tail}`);
		});
	});
});
