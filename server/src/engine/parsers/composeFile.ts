/*
 * The one thing read from a compose file here: which env files its services name in `env_file` (a path, a list of
 * paths, or a list of `{ path, required }`). Compose reads those files with its own rules and interpolates them,
 * so they are parsed as compose reads them. What else a compose file says about etcd is left to a reader of its own.
 */

type YamlLibrary = typeof import('yaml');

function yamlLibrary(): YamlLibrary {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, as parsers/yamlFile.ts does
	return require('yaml') as YamlLibrary;
}

/** The env_file paths of every service, as written (relative to the compose file's folder). Never throws. */
export function composeEnvFiles(text: string): string[] {
	let parsed: unknown;
	try {
		parsed = yamlLibrary().parse(text, { uniqueKeys: false, prettyErrors: false });
	} catch {
		return [];
	}
	const services = record(record(parsed)?.services);
	if (!services) return [];
	return Object.values(services).flatMap(service => {
		const envFile = record(service)?.env_file;
		const entries = Array.isArray(envFile) ? envFile : [envFile];
		return entries.map(entry => typeof entry === 'string' ? entry : record(entry)?.path).filter((path): path is string => typeof path === 'string' && path !== '');
	});
}

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
}
