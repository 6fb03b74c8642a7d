import type { Since } from './versions';

/*
 * What etcd changed inside a minor version, each as the patches where the new behaviour began (read from etcd's
 * source at every patch tag; docs/startup-checks.md cites where). Rules ask `holds(fact, ctx.target)`; the
 * property tests run every rule on both sides of every patch named here.
 */
export const behaviourSince = {
	/** A URL repeated inside one flag or variable is merged in the list etcd uses (pkg/flags UniqueURLs.Set). */
	urlDuplicatesMerged: ['3.4.28', '3.5.10'],
	/** The advertise vs initial-cluster comparison resolves IP literals before it compares again. */
	advertiseIpsNormalised: ['3.4.24', '3.5.8'],
	/** unix/unixs URLs need no host:port and may have a path. */
	unixUrlsRelaxed: ['3.5.13'],
	/** unix/unixs advertise URLs are exempt from the host:port check of the advertise lists. */
	unixAdvertiseExempt: ['3.7.0'],
	/** experimental-enable-lease-checkpoint-persist without experimental-enable-lease-checkpoint is refused. */
	leaseCheckpointPersistChecked: ['3.4.20', '3.5.2'],
	/** A compaction hash check interval of zero or less is refused. */
	compactHashCheckTimeChecked: ['3.5.5'],
	/** tls-min-version / tls-max-version are checked, and cipher suites under a TLS 1.3 minimum refused. */
	tlsVersionsChecked: ['3.4.25', '3.5.8'],
	/** The allowed CN and host name options are comma lists (YAML sequences); before, single strings. */
	allowedNameLists: ['3.5.15'],
	/** Cipher suite names come from Go's own lists (before: a fixed table of 22 names). */
	cipherNamesFromGo: ['3.4.16'],
	/** An empty entry in discovery-endpoints is refused. */
	v3DiscoveryEmptyEndpointRefused: ['3.6.1'],
	/** The v2-deprecation flag accepts write-only-skip-check. */
	v2SkipCheckAccepted: ['3.5.32', '3.6.13'],
	/** The tracing sampling rate must lie within 0..1000000 while tracing is on. */
	tracingSamplingRateChecked: ['3.5.11'],
	/** A YAML file's self-signed-cert-validity of 0 (or none) becomes 1. */
	selfSignedValidityYamlDefault: ['3.5.1'],
	/** 3.4 logs through a zap logger that is nil under capnslog in two new places: a crash instead of a message. */
	capnslogNilLogger: ['3.4.20'],
	/** 3.4 checks that logger before the HTTP/2 cipher failure (the lease warning still has no check). */
	capnslogHttp2Guard: ['3.4.30'],
	/** The YAML file's client-transport-security reads allowed-cn (and allowed-hostname). */
	clientAllowedCnInYaml: ['3.5.14'],
} as const satisfies Readonly<Record<string, Since>>;

/**
 * Every release where a fact above (or an option's or YAML key's arrival) begins, with the release before it: the
 * boundaries the property tests run every rule on.
 */
export function boundaryPatches(optionPatches: readonly string[]): string[] {
	const patches = [...Object.values(behaviourSince).flat(), ...Object.values(yamlKeySince).flat(), ...optionPatches];
	const before = (release: string) => { const parts = release.split('.').map(Number); return parts[2] > 0 ? `${parts[0]}.${parts[1]}.${parts[2] - 1}` : undefined; };
	return [...new Set(patches.flatMap(patch => [patch, before(patch)]).filter((p): p is string => p !== undefined))].sort();
}

/**
 * YAML keys that came in a later patch than their flag (or that only some versions read): before that patch etcd
 * skips the key like any unknown one. By option name.
 */
export const yamlKeySince: Readonly<Record<string, Since>> = {
	'self-signed-cert-validity': ['3.5.1'],
	'socket-reuse-address': ['3.5.10'],
	'socket-reuse-port': ['3.5.10'],
	'peer-cert-allowed-cn': ['3.5.14'],
	'peer-cert-allowed-hostname': ['3.5.14'],
	'client-cert-allowed-hostname': ['3.5.14'],
};

/** Options whose YAML key only some minors read (etcdmain's own second reading of the file, gone in 3.6). */
export const yamlKeyMinors: Readonly<Record<string, readonly string[]>> = {
	'discovery-fallback': ['3.4', '3.5'],
};

/** Options that were a single string before behaviourSince.allowedNameLists, a comma list (YAML sequence) after. */
export const allowedNameOptions: readonly string[] = ['peer-cert-allowed-cn', 'peer-cert-allowed-hostname', 'client-cert-allowed-hostname'];
