import type { Target } from '../etcd/versions';
import type { Locale } from '../l10n/locale';
import type { PatroniMessages } from '../l10n/patroni.en';
import type { ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';
import type { PatroniDocument } from '../model/patroniDocument';

export interface PatroniRuleContext {
	/** The etcd version of members whose file does not say (`# etcd-version:` in the member's or this file, or the setting). */
	readonly target: Target;
	/** The etcd member files of the cluster this Patroni file talks to (empty when none is known). */
	readonly members: readonly ConfigDocument[];
	/** The other Patroni files that talk to the same etcd cluster. */
	readonly peers: readonly PatroniDocument[];
	readonly locale: Locale;
	readonly msg: PatroniMessages;
}

/** A check of a Patroni file against its etcd cluster: same contract as Rule (rules/rule.ts), other document. */
export interface PatroniRule {
	readonly id: string;
	readonly severity: Severity;
	check(doc: PatroniDocument, ctx: PatroniRuleContext): Problem[];
}
