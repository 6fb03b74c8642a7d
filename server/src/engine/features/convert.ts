import { readDirectives } from '../parse/directives';
import type { EtcdVersion } from '../etcd/options';
import type { Locale } from '../l10n/locale';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import type { Conversion } from './convertOutput';
import { yamlToEnv } from './convertToEnv';
import { envToYaml } from './convertToYaml';
import { lineEndingOf } from '../text/lineEdits';

export type { Conversion } from './convertOutput';

/*
 * `etcd: Convert to YAML config` and `etcd: Convert to environment file`. The two formats are two modes of etcd:
 * a config file makes etcd ignore every variable, so the converted file must say everything the old one did,
 * with each value written the way its format wants it (README §7, §8). Only the settings that take effect move;
 * whatever has no equivalent stays behind as a comment and a note. A file's `# etcd-version:` wins over `version`.
 */

/** An env file (its variables and DAEMON_ARGS flags) as an etcd YAML config file. */
export function toYaml(doc: ConfigDocument, version: EtcdVersion, locale: Locale = 'en'): Conversion {
	return envToYaml(doc, readDirectives(doc).version ?? version, messagesFor(locale).convert, lineEndingOf(doc.text));
}

/** An etcd YAML config file as an env file of ETCD_* variables. */
export function toEnv(doc: ConfigDocument, version: EtcdVersion, locale: Locale = 'en'): Conversion {
	return yamlToEnv(doc, readDirectives(doc).version ?? version, messagesFor(locale).convert, lineEndingOf(doc.text));
}
