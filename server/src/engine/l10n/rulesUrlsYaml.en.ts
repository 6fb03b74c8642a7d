/**
 * Messages and fix titles of the URL, TLS, membership-URL and YAML rules, in English, keyed by rule id; spread
 * into `ruleMessagesEn`. Kept in a file of their own so the two halves of the catalogue can be edited apart.
 * `rulesUrlsYamlRu` has the same keys (its type is this object's type).
 */
export const rulesUrlsYamlEn = {
	/** Why etcd refuses one URL: shared by every rule that reads URL lists (etcd/urlDiagnosis.ts). */
	'url-diagnosis': {
		quotes: (url: string) => `${url} carries quote characters that etcd reads as part of the URL; remove them.`,
		noScheme: (url: string) => `${url} has no scheme: etcd needs http://, https://, unix:// or unixs:// in front.`,
		notUrl: (url: string) => `${url} is not a URL of the form scheme://host:port.`,
		blankHost: (url: string) => `${url} has a blank in its host, which etcd refuses.`,
		hostCharacter: (url: string, character: string) => `${url} holds ${character} in its host, a character Go's URL parser refuses, so etcd refuses the URL.`,
		badEscape: (url: string, escape: string) => `${url} holds ${escape}, which Go's URL parser reads as a broken %-escape, so etcd refuses the URL.`,
		notExpanded: (text: string) => `Nothing expands ${text} before etcd reads it: etcd gets the text as written.`,
		scheme: (url: string, scheme: string) => `${url} uses the scheme ${scheme}: etcd accepts only http, https, unix and unixs.`,
		unixForm: (url: string) => `${url} is not of the form unix://host:port, which etcd 3.4 requires (the socket file is named after host and port); socket paths such as unix:///run/etcd.sock work from 3.5 on.`,
		trailingSlash: (url: string) => `${url} ends with /, which etcd counts as a path: write scheme://host:port only.`,
		path: (url: string, path: string) => `${url} has a path (${path}): etcd takes scheme://host:port only.`,
		ipv6: (url: string) => `${url} has an IPv6 address without brackets: write it as [address]:port, e.g. http://[fe80::1]:2380.`,
		noPort: (url: string) => `${url} has no port: etcd needs host:port.`,
		badPort: (url: string, port: string) => `${url} has the port ${port}, which is not a number.`,
		change: (url: string) => `Change to ${url}`,
		emptyEntry: (key: string) => `${key} has an empty entry (a stray comma), and etcd refuses the whole list.`,
		removeComma: 'Remove the stray comma',
	},
	'invalid-url': {
		corsBlanks: (key: string) => `${key} allows every origin only when it is exactly *, without blanks.`,
		corsWithoutBlanks: 'Write * without blanks',
		corsMixed: (key: string) => `${key} mixes * with URLs, which etcd refuses: use * alone to allow every origin, or list the origins.`,
		allowEvery: 'Allow every origin (*)',
		keepListed: 'Keep only the listed origins',
		noUrl: (key: string, entry: string) => `${key}: the entry ${entry} has no URL; each entry is name=scheme://host:port.`,
	},
	'listen-host-name': {
		noHost: (url: string) => `${url} has no host, and etcd needs an IP address to bind to (0.0.0.0 for every address).`,
		zone: (url: string) => `${url} carries an IPv6 zone, and etcd binds only to a plain IP address; drop the zone or use [::].`,
		name: (host: string) => `etcd binds only to an IP address or localhost, and ${host} is neither; write the address (or 0.0.0.0 for every address) and keep host names for the advertise URLs.`,
		lowerCase: 'Write localhost in lower case',
		every: (wildcard: string) => `Listen on every address (${wildcard})`,
		own: (ip: string) => `Listen on this member's address ${ip}`,
		dropZone: (host: string) => `Drop the zone: ${host}`,
	},
	/** Shared by advertise-empty-host and advertise-unreachable. */
	useListened: (url: string) => `Use ${url}, the address this member listens on`,
	'advertise-empty-host': {
		message: (key: string, url: string, peer: boolean) => `${key}: ${url} has no host, and etcd refuses to advertise it; write the address ${peer ? 'peers' : 'clients'} should connect to.`,
	},
	'advertise-unreachable': {
		advertised: (key: string, url: string, peer: boolean) => `${key}: ${url} sends ${peer ? 'peers' : 'clients'} to a wildcard address that only a listener understands; advertise an address they can reach.`,
		listed: (key: string, name: string, url: string) => `${key}: ${name} is listed at ${url}, an address no peer can connect to; list the member's real address.`,
	},
	'loopback-advertise': {
		listed: (key: string, name: string, url: string) => `${key}: ${name} is listed at the loopback address ${url} while other members are on other hosts; each peer would reach itself there, so list ${name}'s real address.`,
		advertised: (key: string, url: string, peer: boolean) => `${key}: ${url} is a loopback address, but the other members are on other hosts; ${peer ? 'peers' : 'clients'} there would reach their own machine, so advertise this member's real address.`,
	},
	'duplicate-url': {
		message: (key: string, url: string) => `${key} lists ${url} twice; etcd keeps it once, so the repetition can go.`,
		yamlKept: (key: string, url: string) => `${key} lists ${url} twice; a YAML file keeps both copies, which serves no purpose: remove the repetition.`,
		fatal: (key: string, url: string, version: string, yaml: boolean) => `${key} lists ${url} twice, and etcd ${version} keeps both copies ${yaml ? 'from a config file' : 'from a variable or flag'} (it binds the address twice, or the list no longer matches the cluster list) and refuses to start: remove the repetition.`,
		related: 'first listed here',
		fix: 'Remove the repeated URL',
	},
	'listen-client-http-conflict': {
		/** The listen-client-urls option named by its spelling when it is unset. */
		byDefault: (name: string) => `${name}, left at its default,`,
		message: (key: string, url: string, address: string, binder: string, since: string | undefined) => `${key}: ${url} uses the address ${address} that ${binder} binds already, and etcd${since ? ` ${since} and later` : ''} refuses to start; give the HTTP-only listener an address of its own.`,
		related: 'bound here',
	},
	'tls-missing': {
		outgoingPair: (key: string, missing: string) => `${key} is set without ${missing}: etcd loads this pair with the side's own certificate and refuses to start without both.`,
		outgoingIdle: (key: string, missing: string) => `${key} is set without ${missing}: ignored while every client URL is plain http, but etcd refuses to start once one is https.`,
		peerPair: (key: string, missing: string) => `${key} is set without ${missing}: etcd loads the peer pair even for http peer URLs (to dial other members) and refuses to start without both.`,
		clientPair: (key: string, missing: string) => `${key} is set without ${missing}: etcd needs both to serve https and refuses to start.`,
		clientPairIdle: (key: string, missing: string) => `${key} is set without ${missing}: ignored while every client URL is plain http, but etcd refuses to start once one is https.`,
		noPair: (key: string, url: string, cert: string, keyFile: string, auto: string) => `${key}: ${url} serves TLS, which needs ${cert} and ${keyFile} (or ${auto}=true); etcd refuses to start without them.`,
	},
	'tls-unused': {
		client: (key: string) => `${key} has no effect: every client URL of this member is plain http, so etcd serves no TLS there; switch the client URLs to https or drop the setting.`,
		peer: (key: string) => `${key} serves no purpose: this member and every peer it lists use plain http, so no peer connection uses TLS; switch the peer URLs to https or drop the setting.`,
		scheme: (key: string, url: string, scheme: string, peer: boolean, listenedTls: boolean) => `${key}: ${url} advertises ${scheme}, but every ${peer ? 'peer' : 'client'} listen URL of this member is ${listenedTls ? 'https' : 'plain http'}; ${peer ? 'peers' : 'clients'} following it fail to connect.`,
	},
	'cert-auth-without-ca': {
		message: (key: string, ca: string, peer: boolean) => `${key} is on but ${ca} is not set, so ${peer ? 'peer' : 'client'} certificates are checked against the system's root CAs and those from your own CA are refused; set ${ca}.`,
	},
	'ca-implies-cert-auth': {
		message: (key: string, certAuth: string, peer: boolean) => `${key} alone makes etcd require a certificate signed by that CA from every ${peer ? 'peer' : 'client'}, although ${certAuth} is not true; say so with ${certAuth}=true, or drop the CA file if certificates should not be required.`,
		fix: (certAuth: string) => `Set ${certAuth}=true, which is what etcd does already`,
	},
	'allowed-cn-and-hostname': {
		refused: (hostname: string, cn: string) => `${hostname} and ${cn} cannot be combined, and etcd refuses to start: match peers by certificate CN or by host name, not both.`,
		idle: (hostname: string, cn: string, files: string) => `${hostname} and ${cn} cannot be combined: ignored while ${files} are unset, but etcd refuses to start once they are; keep one.`,
		related: (cn: string) => `${cn} is set here`,
	},
	'advertise-not-served': {
		message: (url: string, peer: boolean, listened: string, byDefault: boolean, ip: boolean) => `${url} is told to ${peer ? 'peers' : 'clients'}, but this member listens only on ${listened}${byDefault ? ' (the default)' : ''}: nothing here answers at that ${ip ? 'address' : 'port'}.`,
		related: 'the listen URLs',
	},
	'missing-advertise-client': {
		message: (key: string, advertiseKey: string) => `${key} is set but ${advertiseKey} is not: etcd refuses to start, because it would not know which address to tell clients.`,
		add: (line: string) => `Add ${line}`,
		misspelt: (key: string, advertiseKey: string, listenKey: string) => `${key} is not ${advertiseKey}: etcd ignores it, and with ${listenKey} set but no ${advertiseKey} it refuses to start, because it would not know which address to tell clients.`,
		rename: (key: string) => `Rename to ${key}`,
	},
	'yaml-duplicate-key': {
		message: (key: string, line: number) => `${key} is set again on line ${line}, and etcd takes that one: this one has no effect.`,
		related: (key: string) => `The ${key} etcd reads.`,
		fix: 'Remove this key',
	},
	'yaml-duration': {
		message: (key: string, written: string, nanoseconds: string | undefined) => `${key} is read from YAML as a whole number of nanoseconds, so etcd refuses ${written}: `
			+ (nanoseconds !== undefined ? `write ${nanoseconds}.` : 'write e.g. 5000000000 for 5 seconds.'),
		fix: (nanoseconds: string) => `Write ${nanoseconds} (nanoseconds)`,
	},
	'yaml-flag-spelling': {
		catchupConflict: (key: string, other: string) => `etcd 3.6 takes ${key} (the flag's spelling) for the old option given, although it reads no value from it, and refuses it beside ${other}: remove ${key}.`,
		catchupReset: (key: string) => `etcd 3.6 takes ${key} (the flag's spelling) for the old option given without reading its value: it warns that the option is deprecated and sets snapshot-catchup-entries back to 5000. Write snapshot-catchup-entries instead.`,
		noKey: (version: string, name: string, env: string) => `etcd ${version} has no YAML key for ${name}: it can only be given as --${name} or ${env}, and etcd ignores both once it reads a config file. This key is skipped silently.`,
		spelled: (path: string, key: string) => `etcd's YAML file spells this option ${path}; it skips ${key} without a word, so the setting does not happen.`,
		fix: (path: string) => `Write it as ${path}`,
	},
	'yaml-key-case': {
		message: (canonical: string, key: string) => `etcd spells this key ${canonical}; it reads ${key} as the same key, but the usual spelling is easier to find and compare.`,
		fix: (leaf: string) => `Rename to ${leaf}`,
	},
	'yaml-list-shape': {
		section: (key: string) => `${key} is a section: etcd expects the keys it holds, indented below it, and refuses anything else.`,
		mapping: (key: string) => `${key} takes a single value, not a mapping, so etcd refuses the file.`,
		toList: (list: string) => `Write it as a list: ${list}`,
		wantsList: (key: string, list: string) => `${key} takes a YAML list of strings, so etcd refuses a single value: write ${list}.`,
		itemString: (key: string) => `Every item of ${key} must be a string; put this one in quotes (etcd refuses the file otherwise).`,
		quote: 'Quote it',
		toString: (text: string) => `Write it as one string: ${text}`,
		/** `kind` is the option's YAML type: string, bool or integer. */
		notList: (key: string, kind: string) => `${key} takes ${kind === 'string' ? 'a single string (lists such as URLs are written comma-separated)' : `a single ${kind === 'bool' ? 'boolean' : 'integer'}`}, not a YAML list, so etcd refuses the file.`,
	},
	'yaml-quoted-number': {
		/** `bool`: the option wants a boolean, else an integer; `type` is what YAML read (string, bool, integer, float). */
		quoted: (key: string, bool: boolean, written: string, plain: string) => `${key} needs ${bool ? 'a YAML boolean (true or false)' : 'a YAML integer'}, and ${written} is a string, so etcd refuses the file: write ${plain} without quotes.`,
		other: (key: string, bool: boolean, written: string, type: string) => `${key} needs ${bool ? 'a YAML boolean (true or false)' : 'a YAML integer'}, and YAML reads ${written} as ${({ string: 'a string', bool: 'a boolean', integer: 'an integer', float: 'a number with a fraction' } as Record<string, string>)[type] ?? type}, so etcd refuses the file.`,
		fix: (plain: string) => `Write ${plain} without quotes`,
	},
	'yaml-compaction-mode': {
		refused: (retention: string) => `In a YAML file etcd 3.4 has no default auto-compaction-mode, and with auto-compaction-retention ${retention} it refuses to start (unsupported compaction mode): add auto-compaction-mode: periodic, the command line's default.`,
		off: (retention: string) => `In a YAML file etcd 3.4 has no default auto-compaction-mode, so auto-compaction-retention ${retention} is read as 0 and compaction stays off without a word: add auto-compaction-mode: periodic, the command line's default, to keep ${retention} hours.`,
		add: (line: string) => `Add ${line}`,
	},
	'yaml-syntax': {
		message: (detail: string) => `etcd cannot read this file: ${detail}`,
		/** The YAML parser's own description of the problem, as it wrote it. */
		parser: (detail: string) => detail,
		notMapping: 'the top level of an etcd config file must be a mapping of keys to values',
		tooDeep: 'its collections are nested too deeply to read',
		laterDocuments: 'etcd reads only the first YAML document of this file and ignores everything from this --- on: remove the line or move the settings above it.',
	},
	'yaml-unknown-key': {
		message: (version: string, key: string, suggestions: string | undefined) => `etcd ${version} has no YAML key ${key} and skips it without a word: ${suggestions !== undefined ? `did you mean ${suggestions}?` : 'check the spelling against the documentation, or remove it.'}`,
		notRead: (version: string, key: string, versions: string) => `etcd ${version} has no YAML key ${key} (only etcd ${versions} read it from the config file) and skips it without a word: remove it, or give the option as a flag or variable.`,
		or: ' or ',
		fix: (suggestion: string) => `Rename to ${suggestion}`,
	},
	'yaml-unquoted-string': {
		message: (written: string, bool: boolean, text: string, key: string) => `YAML reads ${written} as ${bool ? `the boolean ${text}` : `the number ${text}`}, but ${key} takes a string, so etcd refuses the file: put the value in quotes.`,
		fix: (written: string) => `Quote it: "${written}"`,
	},
};

export type RulesUrlsYamlMessages = typeof rulesUrlsYamlEn;
