import { allOptions, atVersion, etcdVersions, optionByName, type EtcdOption, type EtcdVersion } from './options';

/*
 * The keys of etcd's YAML config file. etcd decodes the file into a Go struct through JSON, so keys match
 * case-insensitively at every level; the option table gives each option's YAML spelling per version.
 */

function spellingsOf(option: EtcdOption): string[] {
	return [...new Set(etcdVersions.map(version => atVersion(option.yamlKey, version)).filter((key): key is string => typeof key === 'string'))];
}

const byYamlKey = new Map<string, EtcdOption>();
for (const option of allOptions()) for (const key of spellingsOf(option)) byYamlKey.set(key.toLowerCase(), option);

/** Keys that set no flag of their own but that 3.6 reads inside `discovery-config.client`. */
const yamlOnlyKeys: { readonly [key: string]: readonly EtcdVersion[] } = {
	'discovery-config.client.secure.server-name': ['3.6', '3.7'],
	'discovery-config.client.max-request-bytes': ['3.6', '3.7'],
	'discovery-config.client.max-recv-bytes': ['3.6', '3.7'],
	// The client side's allowed CNs have no flag (3.5.14+; allowed-cn-and-hostname reads them).
	'client-transport-security.allowed-cn': ['3.5', '3.6', '3.7'],
};

/** The option a YAML key sets in some version, letter case aside. */
export function optionByYamlKey(path: string): EtcdOption | undefined {
	return byYamlKey.get(path.toLowerCase());
}

/** The option's YAML key in this version; null where YAML cannot set it. */
export function yamlKeyOf(option: EtcdOption, version: EtcdVersion): string | null {
	return atVersion(option.yamlKey, version) ?? null;
}

/** The option's YAML key in any version (for messages that do not depend on one). */
export function someYamlKey(option: EtcdOption): string | undefined {
	return spellingsOf(option)[0];
}

/** Every key etcd of this version reads from YAML, canonical spelling. */
export function yamlKeysIn(version: EtcdVersion): string[] {
	const keys = allOptions().map(option => yamlKeyOf(option, version)).filter((key): key is string => key !== null);
	const extra = Object.entries(yamlOnlyKeys).filter(([, versions]) => versions.includes(version)).map(([key]) => key);
	return [...keys, ...extra];
}

export function isYamlOnlyKey(path: string, version: EtcdVersion): boolean {
	return yamlOnlyKeys[path.toLowerCase()]?.includes(version) ?? false;
}

/** Lower-cased paths of the nested mappings (`client-transport-security`, `discovery-config.client`, …). */
export const yamlSections: ReadonlySet<string> = new Set(
	[...byYamlKey.keys(), ...Object.keys(yamlOnlyKeys)].flatMap(key => {
		const parts = key.split('.');
		return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
	}),
);

/** An option's YAML key for messages: its spelling in some version, else the flag name. */
export function yamlSpelling(optionName: string): string {
	const option = optionByName(optionName);
	return (option && someYamlKey(option)) ?? optionName;
}

/** The last segment of a dotted key path. */
export function leafOf(path: string): string {
	return path.slice(path.lastIndexOf('.') + 1);
}

/** The dotted path without its last segment ('' at the top level). */
export function parentOf(path: string): string {
	const dot = path.lastIndexOf('.');
	return dot < 0 ? '' : path.slice(0, dot);
}

/**
 * Defaults a YAML config file starts from where they differ from the command line's: etcd reads the file into its
 * bare config (NewConfig), and some defaults exist only as flag defaults (v3.4.45:etcdmain/config.go:261 against
 * v3.4.45:embed/config.go:405). Hovers show them and the YAML rules read them.
 */
const yamlModeDefaults: Readonly<Record<string, { readonly [V in EtcdVersion]?: string }>> = {
	'enable-grpc-gateway': { '3.4': 'false' },
	'auto-compaction-mode': { '3.4': '', '3.5': '' },
	'tls-min-version': { '3.4': '', '3.5': '' },
	'experimental-distributed-tracing-address': { '3.5': '' },
	'experimental-distributed-tracing-service-name': { '3.5': '' },
};

/** The option's default in a YAML config file of this version, where it differs from the command line's. */
export function yamlModeDefault(optionName: string, version: EtcdVersion): string | undefined {
	return yamlModeDefaults[optionName]?.[version];
}
