import { optionByEnv } from '../etcd/options';
import { optionByYamlKey } from '../etcd/yamlKeys';
import { isCanonicalEtcdPath, isEtcdFilePath, mayHoldEtcdConfig } from './fileNames';
import { renderedPath } from './origin';
import { parseUnit } from '../parsers/systemdUnit';
import { programOf, runsEtcd, unitWords } from '../parsers/unitCommand';
import { composeContainers, kubernetesContainers } from '../parsers/containers';

/*
 * Whether a file is an etcd config, judged by its name and then its content. Files that other tools read carry
 * etcd-ish names too (a static pod manifest `etcd.yaml`, a compose file with an etcd service, a unit `etcd.service`
 * or its drop-in): they are never read as an etcd env or YAML file, whatever their name.
 */

/**
 * What a file is: an etcd config, another tool's file (which may hold etcd settings of its own), or neither. A
 * `systemd-unit` is one that carries etcd settings; other units are `other`. `etcd-containers`: a Kubernetes manifest
 * or a compose file with a container that runs etcd; other manifests and compose files are `kubernetes` or `compose`.
 */
export type FileKind = 'etcd-config' | 'patroni' | 'kubernetes' | 'compose' | 'systemd-unit' | 'etcd-containers' | 'other';

const unitSection = /^[ \t]*\[(Unit|Service|Install|Socket|Timer|Mount|Path|Slice|Scope)\][ \t]*\r?$/m;
const kubernetes = [/^apiVersion:[ \t]/m, /^kind:[ \t]/m];
const composeKeys = /^(services|networks|volumes|x-[\w-]+):[ \t]*(#.*)?\r?$/m;
const envAssignment = /^[ \t]*(?:export[ \t]+)?([A-Z_][A-Z0-9_]*)[ \t]*[=:]/gm;
const yamlKey = /^([a-z][a-z0-9-]*):(?:[ \t]|\r?$)/gm;

/** How many lines of the text set an etcd option: `ETCD_*` variables etcd has, DAEMON_ARGS, or top-level YAML keys. */
export function etcdSettingCount(text: string): number {
	let count = 0;
	for (const match of text.matchAll(envAssignment)) if (optionByEnv(match[1]) || match[1] === 'DAEMON_ARGS') count++;
	for (const match of text.matchAll(yamlKey)) if (optionByYamlKey(match[1])) count++;
	return count;
}

/** Another tool's file, by its content: a systemd unit, a Kubernetes object, a compose file. */
export function otherToolsFile(text: string): FileKind | undefined {
	if (unitSection.test(text)) return 'systemd-unit';
	if (kubernetes.every(pattern => pattern.test(text))) return 'kubernetes';
	return composeKeys.test(text) && etcdSettingCount(text.replace(/^[ \t]+.*$/gm, '')) === 0 ? 'compose' : undefined;
}

/** Names only tools other than etcd's launchers read: compose files and their `.env`, units and drop-ins. */
function otherToolsName(path: string): FileKind | undefined {
	const name = renderedPath(path).slice(path.lastIndexOf('/') + 1);
	if (/^((docker-)?compose([.-][\w.-]+)?|[\w.-]+\.compose)\.ya?ml$/i.test(name) || name === '.env') return 'compose';
	if (/\.(service|socket|timer|mount|path)$/.test(name) || /\.service\.d\/[^/]+\.conf$/.test(path)) return 'systemd-unit';
	return undefined;
}

/** Whether a file is a systemd unit or drop-in, by its name or its `[Section]` lines. */
export function isUnitFile(path: string, text: string): boolean {
	return otherToolsName(path) === 'systemd-unit' || (otherToolsName(path) === undefined && unitSection.test(text));
}

/** Whether a unit sets etcd's options: its ExecStart= runs etcd, or its Environment= sets an `ETCD_*` variable. */
export function unitCarriesEtcd(text: string): boolean {
	if (!/etcd/i.test(text)) return false;
	const service = parseUnit(text).filter(directive => directive.section === 'Service');
	return service.some(d => (d.key === 'ExecStart' && runsEtcd(programOf(unitWords({ text: d.value, offsets: d.offsets }))))
		|| (d.key === 'Environment' && /(^|[\s"'])ETCD_[A-Z0-9_]+=/.test(d.value)));
}

/** The kinds of file whose etcd settings the engine checks: etcd's own configs, units and containers that run etcd. */
export function isCheckedKind(kind: FileKind): boolean {
	return kind === 'etcd-config' || kind === 'systemd-unit' || kind === 'etcd-containers';
}

/** A manifest (`apiVersion:` and `kind:`) or a compose file (by name, or a `services:` map) with an etcd container. */
export function containerKind(path: string, text: string): 'kubernetes' | 'compose' | undefined {
	if (!/etcd/i.test(text)) return undefined;
	if (kubernetes.every(pattern => pattern.test(text))) return kubernetesContainers(text).length > 0 ? 'kubernetes' : undefined;
	const compose = otherToolsName(path) === 'compose' || /^services:[ \t]*(#.*)?\r?$/m.test(text);
	return compose && composeContainers(text).length > 0 ? 'compose' : undefined;
}

/**
 * What a file is. `named`: the user or the editor chose it (a file argument, an open document), so only another
 * tool's file is turned away. Otherwise (a directory scan, the workspace index) a canonical name is enough, a
 * member file's name (`etcd-backup.yaml`) must meet an etcd setting inside, and a generic name (`*.yaml`,
 * `*.conf`, `*.env`) at least two.
 */
export function recogniseFile(path: string, text: string, named = false): FileKind {
	if (isPatroniConfig(path, text)) return 'patroni';
	const other = otherToolsName(path) ?? otherToolsFile(text);
	// A unit that runs something else is left alone.
	if (other === 'systemd-unit') return unitCarriesEtcd(text) ? 'systemd-unit' : 'other';
	if (other !== undefined && containerKind(path, text)) return 'etcd-containers';
	if (other) return other;
	if (named || isCanonicalEtcdPath(path)) return 'etcd-config';
	const settings = etcdSettingCount(text);
	if (isEtcdFilePath(path)) return settings > 0 ? 'etcd-config' : 'other';
	return mayHoldEtcdConfig(path) && settings >= 2 ? 'etcd-config' : 'other';
}

/** Patroni's etcd sections: `etcd:`/`etcd3:` as a top-level mapping beside Patroni's `scope:`, or its variables. */
const patroniSection = /^etcd3?[ \t]*:[ \t]*(#.*)?\r?$/m;
/** `scope` is the one key Patroni cannot do without; Helm values with `etcd:` and `postgresql:` sections have none. */
const patroniScope = /^scope[ \t]*:/m;
const patroniVariable = /^[ \t]*(?:export[ \t]+|Environment=["']?)?PATRONI_ETCD3?_(HOSTS?|URL|PROXY|SRV)=/m;

/** A Patroni config that talks to etcd: a patroni.yml with an etcd section, or an env file or unit with its variables. */
export function isPatroniConfig(path: string, text: string): boolean {
	if (patroniVariable.test(text)) return true;
	return patroniSection.test(text) && (patroniScope.test(text) || /(^|\/)patroni[^/]*$/i.test(path));
}

/** Whether a file is read as Patroni's YAML (else as its variables). */
export function patroniFormat(text: string): 'yaml' | 'env' {
	return patroniSection.test(text) ? 'yaml' : 'env';
}
