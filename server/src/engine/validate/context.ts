import type { EtcdVersion } from '../etcd/options';
import type { Locale } from '../l10n/locale';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import type { Severity } from '../model/findings';
import { readDirectives, type Directives } from '../parse/directives';
import type { RuleContext } from '../rules/rule';

export type RuleSetting = Severity | 'off';

/** What a front end knows for every document, in one shape: the user's settings and the engine's inputs. */
export interface EngineSettings {
	/** The version the user configured; a file's `# etcd-version:` comment overrides it for that file. */
	readonly version: EtcdVersion;
	/** The language of messages, hovers and titles; English when left out. */
	readonly locale?: Locale;
	/** Per rule id: a severity that replaces the rule's default, or `off`. */
	readonly rules?: Readonly<Record<string, RuleSetting>>;
	/** Where docs/rules.md lives for the diagnostics' links; each rule is an anchor in it. */
	readonly rulesDocBase?: string;
	/** Fresh cluster tokens for fixes (the front end holds the random source: the engine does no I/O). */
	readonly newToken?: () => string;
	/** Formatting reorders the settings by option group. */
	readonly sortByGroup?: boolean;
}

/** One document's context, made once for it, so that every feature reads the same version, language and cluster. */
export interface EngineContext {
	/** The version this file targets: its `# etcd-version:` comment, or the configured one. */
	readonly version: EtcdVersion;
	readonly locale: Locale;
	/** The other member files of the document's cluster. */
	readonly cluster: readonly ConfigDocument[];
	readonly newToken: () => string;
	readonly rules: Readonly<Record<string, RuleSetting>>;
	readonly rulesDocBase: string;
	readonly sortByGroup: boolean;
	/** What the file's own comments say to the checker. */
	readonly directives: Directives;
}

/**
 * The context of a document. The cluster may be given as a function: it is asked for only by the features that
 * read it, and a hover in a large cluster should not wait for its members to be read.
 */
export function documentContext(doc: ConfigDocument, settings: EngineSettings, cluster: readonly ConfigDocument[] | (() => readonly ConfigDocument[]) = []): EngineContext {
	const directives = readDirectives(doc);
	let members = typeof cluster === 'function' ? undefined : cluster;
	return {
		version: directives.version ?? settings.version,
		locale: settings.locale ?? 'en',
		get cluster() {
			return members ??= (cluster as () => readonly ConfigDocument[])();
		},
		newToken: settings.newToken ?? (() => 'replace-with-a-random-token'),
		rules: settings.rules ?? {},
		rulesDocBase: settings.rulesDocBase ?? 'docs/rules.md',
		sortByGroup: settings.sortByGroup ?? false,
		directives,
	};
}

/** The rules' view of the context: their messages in the document's language. */
export function ruleContext(ctx: EngineContext): RuleContext {
	return { version: ctx.version, newToken: ctx.newToken, siblings: ctx.cluster, locale: ctx.locale, msg: messagesFor(ctx.locale).rules };
}
