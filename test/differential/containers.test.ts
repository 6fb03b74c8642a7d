import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeContainers, kubernetesContainers } from '../../server/src/engine/parsers/containers';
import { etcdAvailable, runInTempDir } from './etcdRunner';
import { bothVerdicts, errorsAt3423 } from './verdicts';

/*
 * Compose services and Kubernetes containers started with the real etcd (3.4.23) as their runtime would start them:
 * the words of `command:` (a list's items as they are, a string split as compose splits it) and `args:`, the
 * variables of `environment:` or `env:`. Every one etcd refuses must get an error from us, every one it starts none.
 * Loopback 127.0.7.x, ports 37000-37999.
 */

const available = etcdAvailable();
const urls = ['--listen-client-urls=http://@IP@:@C@', '--advertise-client-urls=http://@IP@:@C@', '--listen-peer-urls=http://@IP@:@P@', '--initial-advertise-peer-urls=http://@IP@:@P@'];
const flags = ['--name=a', ...urls, '--initial-cluster=a=http://@IP@:@P@'];
const listed = (extra: readonly string[]) => [...flags, ...extra].map(flag => `      - ${flag}`).join('\n');
const service = (command: string, environment = '') => `services:\n  etcd:\n    image: quay.io/coreos/etcd:v3.4.23\n${command}${environment}`;
const listCommand = (extra: readonly string[] = []) => `    command:\n      - /usr/local/bin/etcd\n${listed(extra)}\n`;
const stringCommand = (extra = '') => `    command: >-\n      etcd ${flags.join(' ').replace(/=/, ' ')}\n      ${extra}\n`;
const pod = (args: readonly string[], env = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers:\n  - name: etcd\n    image: registry.k8s.io/etcd:3.4.23-0\n    args:\n${[...flags, ...args].map(flag => `    - ${flag}`).join('\n')}\n${env}`;

const cases: Record<string, [string, string]> = {
	'a compose list command': ['compose.yaml', service(listCommand())],
	'a compose string command, a flag and its value as two words': ['compose.yaml', service(stringCommand('--snapshot-count 5000'))],
	'a duration in a list item where milliseconds are counted': ['compose.yaml', service(listCommand(['--heartbeat-interval=100ms']))],
	'a duration in a string command': ['compose.yaml', service(stringCommand('--heartbeat-interval 100ms'))],
	'a variable in environment beside the flags': ['compose.yaml', service(listCommand(), '    environment:\n      ETCD_HEARTBEAT_INTERVAL: "100"\n')],
	'a flag and a variable for one option': ['compose.yaml', service(listCommand(), '    environment:\n      - ETCD_NAME=a\n')],
	'an unknown flag in a list item': ['compose.yaml', service(listCommand(['--not-an-etcd-flag=1']))],
	'a quoted list item': ['compose.yaml', service(listCommand(['"--initial-cluster-token=to ken"']))],
	'a pod\'s args with an election timeout under five heartbeats': ['etcd.yaml', pod(['--election-timeout=100', '--heartbeat-interval=200'])],
	'a pod\'s args with env items': ['etcd.yaml', pod([], '    env:\n    - name: ETCD_SNAPSHOT_COUNT\n      value: "5000"\n')],
};

/** etcd's environment and arguments as compose or the kubelet gives them. */
function launch(path: string, text: string): { env: NodeJS.ProcessEnv; args: string[] } {
	const [container] = path === 'compose.yaml' ? composeContainers(text) : kubernetesContainers(text);
	assert.ok(container, 'a container that runs etcd');
	const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
	for (const variable of container.variables) env[variable.name.text] = variable.value.text;
	return { env, args: container.words.map(word => word.text) };
}

describe('containers etcd refuses get an error from us, and only those', { skip: !available && 'etcd not installed', concurrency: 2 }, () => {
	const verdicts = bothVerdicts('containers', 3);
	Object.entries(cases).forEach(([name, [path, template]], index) => {
		it(name, { timeout: 20_000 }, async () => {
			const text = template.replace(/@IP@/g, `127.0.7.${index + 1}`).replace(/@C@/g, String(37000 + index * 2)).replace(/@P@/g, String(37001 + index * 2));
			const ours = errorsAt3423(`file:///diff/${path}`, text);
			const etcd = await runInTempDir(() => launch(path, text), 4000);
			verdicts.push(etcd.started);
			if (etcd.started) assert.deepEqual(ours, [], 'etcd started with this container, so we must report no error');
			else assert.ok(ours.length > 0, `etcd refused it (exit ${etcd.exitCode}) but we report no error:\n${etcd.tail}`);
		});
	});
});
