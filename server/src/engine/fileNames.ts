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
