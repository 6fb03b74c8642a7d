import type { Launcher } from '../model/configDocument';
import { findConstructs, type TemplateSyntax } from '../parsers/templateSyntax';

/*
 * What happens to a file before etcd reads it, decided once per document: whether a tool renders it first (and
 * which template syntax that tool replaces), whether it is an env file or YAML, and what reads it. The name decides
 * where it can (`.j2`, `.yaml`), then the content, then what the file says of itself in a comment:
 *
 *   # etcd-config: template   a tool renders this file first: {{ }}, {% %}, {# #}, ${VAR} and $VAR are its syntax
 *   # etcd-config: compose    docker compose reads this file as a service's env_file
 *
 * Anywhere else `${HOST_IP}`, `$HOST_IP` and `%H` are literal text that etcd receives: systemd expands neither
 * variables nor specifiers in an EnvironmentFile=, and etcd expands nothing in its YAML file.
 */

/** Suffixes of files a template engine renders: Jinja (Ansible, Salt), Go templates (Helm, consul-template), envsubst. */
export const templateSuffixes: readonly string[] = ['.j2', '.jinja', '.jinja2', '.tmpl', '.gtpl', '.tpl'];

/** The path without a template suffix: `etcd.conf.yml.j2` is rendered into `etcd.conf.yml`. */
export function renderedPath(path: string): string {
	const suffix = templateSuffixes.find(s => path.toLowerCase().endsWith(s));
	return suffix ? path.slice(0, -suffix.length) : path;
}

const directive = /^[ \t]*#[ \t]*etcd-config:[ \t]*(template|compose)[ \t]*\r?$/m;

/** What the file says of itself in an `# etcd-config:` comment. */
export function selfDescription(text: string): 'template' | 'compose' | undefined {
	return directive.exec(text)?.[1] as 'template' | 'compose' | undefined;
}

/** The template syntax a tool replaces before the file is read; undefined where the text is read as it is. */
export function templateSyntaxOf(uri: string, text: string, compose: boolean): TemplateSyntax | undefined {
	const said = selfDescription(text);
	const suffix = templateSuffixes.find(s => uri.toLowerCase().endsWith(s));
	const braces = said === 'template' || suffix !== undefined || findConstructs(text, { braces: true, dollars: false }).length > 0;
	// envsubst fills `${VAR}` in `.tmpl` files; compose interpolates its env_files.
	const dollars = said === 'template' || suffix === '.tmpl' || compose;
	return braces || dollars ? { braces, dollars } : undefined;
}

const envLine = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=/;
/** `ETCD_NAME: pg1`: upper-case names with a colon, which compose reads and systemd drops. */
const colonLine = /^[ \t]*(?:export[ \t]+)?[A-Z_][A-Z0-9_]*[ \t]*:(?:[ \t]|$)/;
/** `name: pg1`, `- item`, `---`: etcd's YAML keys are lower case with dashes. */
const yamlLine = /^[ \t]*(?:[a-z][a-z0-9-]*[ \t]*:(?:[ \t]|$)|-[ \t]|---)/;

export interface ContentShape {
	readonly format: 'env' | 'yaml';
	/** Most assignments are `KEY: value` lines, which only compose reads. */
	readonly colonAssignments: boolean;
}

/** What the lines look like, comments and blank lines aside: env assignments, compose's colon form, or YAML. */
export function contentShape(text: string): ContentShape {
	let env = 0;
	let colon = 0;
	let yaml = 0;
	for (const line of text.split(/\r\n|\r|\n/, 2000)) {
		if (envLine.test(line)) env++;
		else if (colonLine.test(line)) colon++;
		else if (yamlLine.test(line)) yaml++;
	}
	return { format: yaml > env + colon ? 'yaml' : 'env', colonAssignments: colon > 0 && colon > env };
}

/**
 * The format the name decides, if it does: `.yml`/`.yaml` (a `.sample` too) are YAML; `.env` and Debian's defaults
 * file, which only systemd reads, are env files. `etcd.conf` and `etcd` leave it to the content.
 */
export function formatByName(path: string): 'env' | 'yaml' | undefined {
	const name = renderedPath(path).replace(/\.sample$/i, '');
	if (/\.ya?ml$/i.test(name)) return 'yaml';
	return /\.env$/i.test(name) || debianDefaults.test(name) ? 'env' : undefined;
}

/** Debian's packaged defaults file: /etc/default/etcd, and the names it has in packaging and roles. */
const debianDefaults = /(?:^|\/)default\/etcd$|(?:^|\/)(?:etcd(?:-server)?\.default|[^/]+\.etcd\.default|etcd-default)$/;

/** Debian's defaults file: only its unit reads it, through systemd. */
export function isDebianDefaults(uri: string): boolean {
	return debianDefaults.test(renderedPath(uri));
}

/** What reads an env file: Debian's unit (which also passes ETCD_NAME=%H and $DAEMON_ARGS), another systemd unit, compose. */
export function envLauncher(uri: string, compose: boolean, hasDaemonArgs: boolean): Launcher {
	if (compose) return 'compose';
	return hasDaemonArgs || isDebianDefaults(uri) ? 'debian-unit' : 'systemd';
}
