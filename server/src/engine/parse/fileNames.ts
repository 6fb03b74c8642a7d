import { renderedPath } from './origin';

/*
 * Which files are etcd configs, by name and path: the same names and patterns the extension's language and
 * document selector contribute (package.json, client/src/yamlFiles.ts), kept in step by a test. Generic `.env`
 * files are never claimed. A name is where judging starts: parse/recognise.ts then reads the content.
 *
 *   canonical   etcd, etcd.conf, etcd.env, *.etcd.env, **\/default/etcd, **\/etcd/etcd.conf, Debian's packaged
 *               defaults (etcd.default, etcd-server.default, *.etcd.default, etcd-default);
 *               etcd.conf.yml, etcd.conf.yaml, etcd.yml, etcd.yaml, *.etcd.yml, *.etcd.yaml, and `.sample` copies
 *   member      what repositories call one member's file: numbered (etcd0.yaml, etcd1.env, etcd-2.conf), with a
 *               role or site (etcd-events.env, etcd-wan.yml), or etcd.config.yaml
 *
 * each also as a template (.j2, .jinja, .jinja2, .tmpl, .gtpl, .tpl).
 */

const envNames = new Set(['etcd', 'etcd.conf', 'etcd.env', 'etcd.default', 'etcd-server.default', 'etcd-default']);
const envSuffixes = ['.etcd.env', '.etcd.default'];
const yamlNames = ['etcd.conf.yml', 'etcd.conf.yaml', 'etcd.yml', 'etcd.yaml'];
const yamlSuffixes = ['.etcd.yml', '.etcd.yaml'];
const sampleSuffix = '.sample';
/** `etcd` and then digits, or a dash, underscore or dot and a word: etcd0, etcd-1, etcd_events, etcd.config. */
const memberStem = /^etcd(?:\d[\w.-]*|[-_.][A-Za-z0-9][\w.-]*)$/;

function nameOf(path: string): string {
	const rendered = renderedPath(path);
	return rendered.slice(rendered.lastIndexOf('/') + 1);
}

/** A canonical env file name or path (`path` uses `/` separators; only its last segments matter). */
function isCanonicalEnvPath(path: string): boolean {
	const segments = renderedPath(path).split('/').filter(s => s !== '');
	const name = segments[segments.length - 1] ?? '';
	if (envNames.has(name) || envSuffixes.some(suffix => name.endsWith(suffix))) return true;
	const parent = segments[segments.length - 2];
	return (name === 'etcd' && parent === 'default') || (name === 'etcd.conf' && parent === 'etcd');
}

/** Env files: the canonical names and member files ending in `.env` or `.conf`. */
export function isEtcdConfigPath(path: string): boolean {
	if (isCanonicalEnvPath(path)) return true;
	const match = /^(.*)\.(env|conf)$/.exec(nameOf(path));
	return match !== null && memberStem.test(match[1]);
}

/** The same YAML names as globs, for the editor's document selector and the file watcher. */
export const yamlConfigGlobs: readonly string[] = [
	...['', sampleSuffix].map(suffix => `**/{${[...yamlNames, ...yamlSuffixes.map(s => `*${s}`)].join(',')}}${suffix}`),
	'**/etcd[-_.0-9]*.{yml,yaml}',
	'**/etcd[-_.0-9]*.{yml,yaml}.sample',
];

/** The env names as globs, for the file watcher (the language contributes them to the editor, see package.json). */
export const envConfigGlobs: readonly string[] = ['**/{etcd,etcd.conf,etcd.env,*.etcd.env,etcd.default,*.etcd.default,etcd-server.default,etcd-default}', '**/etcd[-_.0-9]*.{env,conf}'];

function yamlName(path: string): string {
	const name = nameOf(path);
	return name.endsWith(sampleSuffix) ? name.slice(0, -sampleSuffix.length) : name;
}

/** etcd's YAML config files (`--config-file`): the canonical names, member files, `.sample` and template copies. */
export function isEtcdYamlConfigPath(path: string): boolean {
	const name = yamlName(path);
	if (yamlNames.includes(name) || yamlSuffixes.some(suffix => name.endsWith(suffix))) return true;
	const match = /^(.*)\.ya?ml$/.exec(name);
	return match !== null && memberStem.test(match[1]);
}

/** Any etcd config file the workspace index and the CLI look for, in either format. */
export function isEtcdFilePath(path: string): boolean {
	return isEtcdConfigPath(path) || isEtcdYamlConfigPath(path);
}

/** The canonical names, which are etcd configs whatever they hold (a stock file may be all comments). */
export function isCanonicalEtcdPath(path: string): boolean {
	const name = yamlName(path);
	return isCanonicalEnvPath(path) || yamlNames.includes(name) || yamlSuffixes.some(suffix => name.endsWith(suffix));
}

/** A generic name that may hold an etcd config (`store-b.conf.yml`, `node.env`): its content decides. Never a dotfile. */
export function mayHoldEtcdConfig(path: string): boolean {
	const name = yamlName(path);
	return !name.startsWith('.') && /\.(ya?ml|env|conf)$/i.test(name) || mayBeUnit(path);
}

/** A systemd unit or drop-in that may run etcd (`etcd.service`, `etcd@.service`, `etcd.service.d/10-env.conf`): its content decides. */
export function mayBeUnit(path: string): boolean {
	return /\.service$/.test(path) || /\.service\.d\/[^/]+\.conf$/.test(path);
}

/** The unit names as globs, for the file watcher. */
export const unitGlobs: readonly string[] = ['**/*.service', '**/*.service.d/*.conf'];

/**
 * Where Kubernetes manifests and compose files that run etcd usually are, for the editor's selector and the file
 * watcher: compose's names, kubeadm's static pod folder, names with etcd in them. Their content decides (an etcd
 * container; a file the editor opens that is neither is read as etcd's own, so no broader folder is taken). The
 * workspace index reads every YAML file by content.
 */
export const containerGlobs: readonly string[] = ['**/{docker-compose,compose}*.{yml,yaml}', '**/*.compose.{yml,yaml}', '**/*etcd*.{yml,yaml}', '**/manifests/*.{yml,yaml}'];

/** Whether a file is read as YAML: any `.yml`/`.yaml` name (a file given to the CLI may be called anything). */
export function isYamlPath(path: string): boolean {
	return /\.ya?ml(\.sample)?$/i.test(renderedPath(path));
}

/** Patroni's files by name: patroni.yml, patroni-pg1.yaml, patroni.env, patroni.service (their content decides). */
export function isPatroniPath(path: string): boolean {
	return /^patroni[\w.-]*$/i.test(nameOf(path));
}

/** The same as globs, for the editor's document selector and the file watcher. */
export const patroniGlobs: readonly string[] = ['**/patroni*.{yml,yaml}', '**/patroni*.{env,service}', '**/default/patroni'];
