import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
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
