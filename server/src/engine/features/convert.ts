import { documentDialect, documentInput } from '../dialects';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import type { Conversion } from './convertOutput';
import { yamlToEnv } from './convertToEnv';
import { envToYaml } from './convertToYaml';
import { containersToEnv, unitToEnv } from './convertUnit';
import { lineEndingOf } from '../text/lineEdits';

export type { Conversion } from './convertOutput';

/*
 * `etcd: Convert to YAML config` and `etcd: Convert to environment file`. The two formats are two modes of etcd:
 * a config file makes etcd ignore every variable, so the converted file must say everything the old one did,
 * with each value written the way its format wants it. Only the settings that take effect move;
 * whatever has no equivalent stays behind as a comment and a note. A file's `# etcd-version:` wins over the configured version.
 */

/**
 * The document in etcd's other mode: an env file (variables and DAEMON_ARGS flags) as a YAML config file, and back;
 * a unit's flags and variables as the env file its EnvironmentFile= would read, a compose file's or manifest's
 * containers as the env files they could read (one section each).
 */
export function convert(doc: ConfigDocument, ctx: EngineContext): Conversion & { readonly format: 'env' | 'yaml' } {
	const msg = messagesFor(ctx.locale).convert;
	const eol = lineEndingOf(doc.text);
	if (doc.members) return { format: 'env', ...containersToEnv(doc, msg, eol) };
	if (documentDialect(doc).launches) return { format: 'env', ...unitToEnv(doc, msg, eol) };
	if (documentInput(doc) === 'config-file') return { format: 'env', ...yamlToEnv(doc, ctx.target, msg, eol) };
	return { format: 'yaml', ...envToYaml(doc, ctx.target, msg, eol) };
}
