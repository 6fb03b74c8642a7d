import { optionTable } from './optionTable';

export const etcdVersions = ['3.4', '3.5', '3.6', '3.7'] as const;
export type EtcdVersion = typeof etcdVersions[number];
export const defaultEtcdVersion: EtcdVersion = '3.5';

export type OptionStatus = 'ok' | 'experimental' | 'deprecated' | 'removed' | 'absent';
export type ValueType = 'bool' | 'int' | 'uint' | 'size' | 'duration' | 'string' | 'enum' | 'path' | 'url-list' | 'string-list';
export type OptionGroup = 'auth' | 'clustering' | 'experimental' | 'logging' | 'member' | 'profiling/metrics' | 'proxy'
	| 'security' | 'unsafe' | 'v2';

/** `duration`: integer nanoseconds; `string` also covers comma-separated lists such as URL lists. */
export type YamlValueKind = 'string' | 'bool' | 'integer' | 'duration' | 'list';

/** A fact that is either the same in every version or given per minor version (a missing minor: not there). */
export type Versioned<T> = T | { readonly [V in EtcdVersion]?: T };

/** One etcd server option, as etcd 3.4–3.7 define it. */
export interface EtcdOption {
	readonly name: string;
	readonly env: string;
	/** Dotted for nested mappings; null where YAML has no spelling. */
	readonly yamlKey: Versioned<string | null>;
	readonly type: Versioned<ValueType>;
	/** How a YAML config file must write the value (YAML types are strict); absent where no YAML key exists. */
	readonly yamlValue?: YamlValueKind;
	readonly defaultValue: Versioned<string>;
	readonly effectiveDefault?: string;
	readonly format?: string;
	readonly unit?: string;
	readonly min?: string;
	readonly max?: string;
	readonly values?: Versioned<readonly string[]>;
	readonly valueHints?: readonly string[];
	readonly urlRole?: 'bind' | 'advertise';
	readonly sincePatch?: { readonly [V in EtcdVersion]?: string };
	readonly replacedBy?: string;
	readonly group: OptionGroup;
	readonly notes?: string;
	readonly status: { readonly [V in EtcdVersion]: OptionStatus };
}

function isPerVersion<T>(value: Versioned<T>): value is { readonly [V in EtcdVersion]?: T } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fact as it holds in one version. */
export function atVersion<T>(value: Versioned<T>, version: EtcdVersion): T | undefined {
	return isPerVersion(value) ? value[version] : value;
}

const byEnv = new Map(optionTable.map(option => [option.env, option]));
const byName = new Map(optionTable.map(option => [option.name, option]));

export function optionByEnv(env: string): EtcdOption | undefined {
	return byEnv.get(env);
}

export function optionByName(name: string): EtcdOption | undefined {
	return byName.get(name);
}

export function allOptions(): readonly EtcdOption[] {
	return optionTable;
}

/** Whether etcd of this version reads the option at all (deprecated ones still work). */
export function existsIn(option: EtcdOption, version: EtcdVersion): boolean {
	const status = option.status[version];
	return status === 'ok' || status === 'experimental' || status === 'deprecated';
}

/**
 * Names every etcd version accepts and ignores (3.4 warns, later versions are silent).
 * `config` is the trap: it looks like `config-file` but loads nothing.
 */
export const legacyIgnoredNames: readonly string[] = [
	'cluster-active-size', 'cluster-remove-delay', 'cluster-sync-interval', 'config', 'force', 'max-result-buffer',
	'max-retry-attempts', 'peer-election-timeout', 'peer-heartbeat-interval', 'retry-interval', 'snapshot', 'v', 'vv',
];

/** Variables etcd reads that are not options. */
export const specialVariables: readonly string[] = ['ETCD_UNSUPPORTED_ARCH', 'ETCD_VERIFY'];

export function envNameOf(optionName: string): string {
	return 'ETCD_' + optionName.toUpperCase().replace(/-/g, '_');
}

/** etcd's own documentation of the option, for the version. */
export function docsLink(option: EtcdOption, version: EtcdVersion): string {
	return `https://etcd.io/docs/v${version}/op-guide/configuration/#--${option.name}`;
}
