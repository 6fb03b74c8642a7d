/*
 * Which files are etcd configs, by name and path: the same names and patterns the extension's language
 * contributes (package.json), kept in step by a test. Generic `.env` files are never claimed.
 */
const fileNames = new Set(['etcd', 'etcd.conf', 'etcd.env']);
const templateSuffix = '.j2';

/** `path` uses `/` separators; only its last segments matter. */
export function isEtcdConfigPath(path: string): boolean {
	const segments = path.split('/').filter(s => s !== '');
	let name = segments[segments.length - 1] ?? '';
	if (name.endsWith(templateSuffix)) name = name.slice(0, -templateSuffix.length);
	if (fileNames.has(name) || name.endsWith('.etcd.env')) return true;
	const parent = segments[segments.length - 2];
	return (name === 'etcd' && parent === 'default') || (name === 'etcd.conf' && parent === 'etcd');
}

const yamlNames = ['etcd.conf.yml', 'etcd.conf.yaml', 'etcd.yml', 'etcd.yaml'];
const yamlSuffixes = ['.etcd.yml', '.etcd.yaml'];
const sampleSuffix = '.sample';

/** The same names as globs, for the editor's document selector and the file watcher. */
export const yamlConfigGlobs: readonly string[] = ['', sampleSuffix].map(suffix => `**/{${[...yamlNames, ...yamlSuffixes.map(s => `*${s}`)].join(',')}}${suffix}`);

/** etcd's YAML config files (`--config-file`) by their usual names, `.sample` and `.j2` copies included. */
export function isEtcdYamlConfigPath(path: string): boolean {
	let name = path.slice(path.lastIndexOf('/') + 1);
	if (name.endsWith(templateSuffix)) name = name.slice(0, -templateSuffix.length);
	if (name.endsWith(sampleSuffix)) name = name.slice(0, -sampleSuffix.length);
	return yamlNames.includes(name) || yamlSuffixes.some(suffix => name.endsWith(suffix));
}

/** Any etcd config file the workspace index and the CLI look for, in either format. */
export function isEtcdFilePath(path: string): boolean {
	return isEtcdConfigPath(path) || isEtcdYamlConfigPath(path);
}

/** Whether a file is read as YAML: any `.yml`/`.yaml` name (a file given to the CLI may be called anything). */
export function isYamlPath(path: string): boolean {
	return /\.ya?ml(\.sample)?(\.j2)?$/i.test(path);
}
