import type { EtcdVersion } from '../etcd/options';
import type { Locale } from '../l10n/locale';
import type { RuleMessages } from '../l10n/rules.en';
import type { ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';

export type { Fix, Problem, RelatedSpan, Severity, TextChange } from '../model/findings';

export interface RuleContext {
	/** The version this file targets: its `# etcd-version:` comment, or the configured one. */
	readonly version: EtcdVersion;
	/** A fresh cluster token from a cryptographic source (the front end provides it: the engine does no I/O). */
	readonly newToken: () => string;
	/** The other member files of this file's cluster (empty when it stands alone). */
	readonly siblings: readonly ConfigDocument[];
	/** The language of messages and fix titles. */
	readonly locale: Locale;
	/** The rules' messages in that language: `ctx.msg['rule-id'].message(…)`. */
	readonly msg: RuleMessages;
}

export interface Rule {
	/** kebab-case, stable forever: also the key of its setting and its anchor in docs/rules.md. */
	readonly id: string;
	readonly severity: Severity;
	check(doc: ConfigDocument, ctx: RuleContext): Problem[];
}
