import type { EtcdVersion } from '../etcd/options';
import type { Locale } from '../l10n/locale';
import type { RuleMessages } from '../l10n/rules.en';
import type { ConfigDocument } from '../model';
import type { Span } from '../text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextChange {
	readonly span: Span;
	readonly newText: string;
	/** Another file of the cluster; this document when left out. */
	readonly doc?: ConfigDocument;
}

/** A fix as plain edits (of this document or of its cluster's); `safe` fixes may be applied together (fix all, `--fix`). */
export interface Fix {
	readonly title: string;
	readonly changes: readonly TextChange[];
	readonly preferred?: boolean;
	readonly safe?: boolean;
}

export interface RelatedSpan {
	readonly span: Span;
	readonly message: string;
	/** Another file of the cluster; this document when left out. */
	readonly doc?: ConfigDocument;
}

export interface Problem {
	readonly span: Span;
	readonly message: string;
	readonly fixes?: readonly Fix[];
	readonly related?: readonly RelatedSpan[];
	/** Related locations left out of `related` (a finding about thousands of files lists a few): the diagnostic counts them. */
	readonly moreRelated?: number;
	readonly deprecated?: boolean;
	readonly unnecessary?: boolean;
	/** Overrides the rule's default for this finding (a user's setting for the rule still wins). */
	readonly severity?: Severity;
}

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
