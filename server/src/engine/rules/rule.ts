import type { LoadLink } from '../cluster/loading';
import type { EtcdVersion } from '../etcd/options';
import type { Target } from '../etcd/versions';
import type { Locale } from '../l10n/locale';
import type { RuleMessages } from '../l10n/rules.en';
import type { ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';

export type { Fix, Problem, RelatedSpan, Severity, TextChange } from '../model/findings';

export interface RuleContext {
	/** The minor version this file targets: its `# etcd-version:` comment, or the configured one. */
	readonly version: EtcdVersion;
	/** The same with its patch release (a bare minor stands for its newest patch): verdicts that changed inside a minor follow it. */
	readonly target: Target;
	/** A fresh cluster token from a cryptographic source (the front end provides it: the engine does no I/O). */
	readonly newToken: () => string;
	/** The other member files of this file's cluster (empty when it stands alone). */
	readonly siblings: readonly ConfigDocument[];
	/** The env files this unit or compose service loads, or the units and services that load this env file. */
	readonly links: readonly LoadLink[];
	/** The language of messages and fix titles. */
	readonly locale: Locale;
	/** The rules' messages in that language: `ctx.msg['rule-id'].message(…)`. */
	readonly msg: RuleMessages;
}

/**
 * What a rule looks at. `written`: every setting of the file, as written. `parsed`: the settings whose values etcd
 * parses: options the target release has (for this input), and in config-file mode (`ETCD_CONFIG_FILE`,
 * `--config-file`) only the command line's flags besides the file, since etcd then reads no other variable.
 * `used`: the settings etcd configures itself from: as `parsed`, but in config-file mode no flag either.
 */
export type RuleView = 'written' | 'parsed' | 'used';

export interface Rule {
	/** kebab-case, stable forever: also the key of its setting and its anchor in docs/rules.md. */
	readonly id: string;
	readonly severity: Severity;
	/** The settings the rule is shown (see RuleView); `used` when left out. */
	readonly sees?: RuleView;
	check(doc: ConfigDocument, ctx: RuleContext): Problem[];
}
