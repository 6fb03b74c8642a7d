/** What the conversion commands say about a file they convert, in English; `convertMessagesRu` has the same keys. */
export const convertMessagesEn = {
	/** Starts the comment that keeps a line the other format cannot hold (stays recognizable in any language). */
	notConverted: 'etcd-config: not converted:',
	/** Above the settings a YAML-to-env conversion adds because the two modes default differently. */
	addedComment: 'etcd-config: defaults that differ between a config file and variables, written out',
	noYamlKey: (key: string, version: string) => `${key} has no key in etcd ${version}'s config file, and while etcd reads one it ignores every variable and every other flag: not converted.`,
	noVariable: (key: string) => `${key} is a key of the config file that no variable or flag sets: not converted.`,
	notInVersion: (key: string, version: string) => `etcd ${version} does not read ${key} from a config file (it ignores it silently): not converted.`,
	refusedAsVariable: (key: string, version: string) => `etcd ${version} takes ${key} from a config file as written but would refuse the same value from a variable: not converted.`,
	notInRelease: (key: string, version: string) => `etcd ${version} does not have ${key} (a variable only draws a warning, a flag stops it): not converted.`,
	unknownVariable: (key: string) => `${key} is not an etcd option: not converted.`,
	unknownYamlKey: (key: string) => `${key} is not a key etcd reads (it ignores it silently): not converted.`,
	otherVariable: (key: string) => `${key} is not an etcd option; a config file cannot carry it, so keep it in the service's environment if something needs it.`,
	configFile: (key: string) => `${key} already names a config file, which makes etcd ignore every other variable of this file: not converted.`,
	unitUnknown: (key: string) => `${key} holds a specifier or a variable that systemd fills in and an env file would keep as written: not converted.`,
	unitEnvironmentFile: 'Point the unit at this file with EnvironmentFile= and take these flags and variables out of it: etcd refuses an option given both as a flag and as a variable.',
	template: (key: string) => `${key} holds a template expression: write it into the converted template by hand.`,
	droppedLine: 'systemd ignores a line of this file (no valid assignment): kept as a comment.',
	strayArgument: (word: string) => `DAEMON_ARGS holds ${word}, which etcd refuses before reading any option: not converted.`,
	daemonArgs: 'The flags of DAEMON_ARGS are keys of the config file now: once etcd runs with --config-file, DAEMON_ARGS should hold nothing else.',
	flagAndVariable: (flag: string, key: string) => `${flag} in DAEMON_ARGS repeats ${key} (etcd refuses the pair): the config file takes the variable's value.`,
	duplicate: (key: string) => `${key} is set more than once: only the value that takes effect was converted.`,
	emptyVariables: (keys: string) => `${keys}: empty, which etcd reads as unset, so etcd's default applies: left out.`,
	nameFromHost: 'The file does not set ETCD_NAME: Debian\'s unit then names the member after the host, and a config file does not inherit that. Add name: with this host\'s name.',
	nameFromCluster: (name: string) => `The file does not set ETCD_NAME (Debian's unit names the member after the host, which a config file does not inherit): the config file says name: ${name}, the member of ETCD_INITIAL_CLUSTER at this member's peer URL.`,
	dataDirFromUnit: 'The file does not set ETCD_DATA_DIR: Debian\'s unit gives etcd /var/lib/etcd/default, which a config file does not inherit, so the config file says so.',
	advertiseMissing: 'ETCD_LISTEN_CLIENT_URLS is set without ETCD_ADVERTISE_CLIENT_URLS, so etcd refuses this file; from a config file etcd would advertise http://localhost:2379 instead. Add advertise-client-urls.',
	yamlSyntax: 'The config file has YAML errors: only what could be read was converted.',
	useVariables: 'etcd reads these variables only when it starts without --config-file (and without ETCD_CONFIG_FILE).',
	wrongType: (key: string) => `etcd refuses the YAML type of ${key}'s value; the variable takes the value as written.`,
	mapping: (key: string) => `${key} holds a mapping, which etcd refuses: not converted.`,
	emptyString: (key: string) => `${key} is an empty string, which replaces etcd's default, while an empty variable means the default: not converted.`,
	nameDefault: 'The config file does not set name, so the member is called default; the variables say so, because Debian\'s unit would name it after the host.',
	dataDirDefault: (dir: string) => `The config file does not set data-dir, so etcd uses ${dir} in its working directory; the variables say so, because Debian's unit would use /var/lib/etcd/default. An absolute path is safer.`,
	advertiseDefault: 'The config file sets listen-client-urls without advertise-client-urls, so etcd advertises http://localhost:2379; with variables it would refuse to start, so the default is written out.',
};

export type ConvertMessages = typeof convertMessagesEn;
