import type { EtcdVersion } from '../etcd/options';
import { targetOf, type EtcdVersionSpec, type Target } from '../etcd/versions';
import type { Locale } from '../l10n/locale';
import { messagesFor } from '../l10n/messages';
import type { LoadLink } from '../cluster/loading';
import type { ConfigDocument } from '../model/configDocument';
import type { Severity } from '../model/findings';
import type { PatroniDocument } from '../model/patroniDocument';
import { readDirectives, type Directives } from '../parse/directives';
import type { RuleContext } from '../rules/rule';

export type RuleSetting = Severity | 'off';

/** What a front end knows for every document, in one shape: the user's settings and the engine's inputs. */
export interface EngineSettings {
	/**
	 * The version the user configured, a minor (its newest patch) or a patch release (`3.4.23`); a file's
	 * `# etcd-version:` comment overrides it for that file.
	 */
	readonly version: EtcdVersionSpec | Target;
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
	/** The minor version this file targets: its `# etcd-version:` comment, or the configured one. */
	readonly version: EtcdVersion;
	/** The same with its patch: verdicts that changed inside a minor follow it. */
	readonly target: Target;
	readonly locale: Locale;
	/** The other member files of the document's cluster. */
	readonly cluster: readonly ConfigDocument[];
	/** The Patroni files that talk to that cluster (see cluster/patroniCluster.ts for how one is matched). */
	readonly patroni: readonly PatroniDocument[];
	/** The env files this unit or compose service loads, or the loaders of this env file: the rest of its member. */
	readonly links: readonly LoadLink[];
	readonly newToken: () => string;
	readonly rules: Readonly<Record<string, RuleSetting>>;
	readonly rulesDocBase: string;
	readonly sortByGroup: boolean;
	/** What the file's own comments say to the checker. */
	readonly directives: Directives;
}

type Lazy<T> = T | (() => T);

/**
 * The context of a document. The cluster and its Patroni files may be given as functions: they are asked for only
 * by the features that read them, and a hover in a large cluster should not wait for its members to be read.
 */
export function documentContext(doc: ConfigDocument, settings: EngineSettings, cluster: Lazy<readonly ConfigDocument[]> = [], patroni: Lazy<readonly PatroniDocument[]> = [], links: Lazy<readonly LoadLink[]> = []): EngineContext {
	const directives = readDirectives(doc);
	let members: readonly ConfigDocument[] | undefined;
	let patroniFiles = typeof patroni === 'function' ? undefined : patroni;
	let linked = typeof links === 'function' ? undefined : links;
	const target = directives.version ?? targetOf(settings.version);
	return {
		version: target.minor,
		target,
		locale: settings.locale ?? 'en',
		get cluster() {
			return members ??= asMembers(typeof cluster === 'function' ? cluster() : cluster);
		},
		get patroni() {
			return patroniFiles ??= (patroni as () => readonly PatroniDocument[])();
		},
		get links() {
			return linked ??= (links as () => readonly LoadLink[])();
		},
		newToken: settings.newToken ?? (() => 'replace-with-a-random-token'),
		rules: settings.rules ?? {},
		rulesDocBase: settings.rulesDocBase ?? 'docs/rules.md',
		sortByGroup: settings.sortByGroup ?? false,
		directives,
	};
}

/**
 * A manifest or compose file among the files stands for its containers, each a member of its own. Files that are
 * all members already are handed on as they are: the per-cluster memos know a cluster by the very array the
 * cluster index gave out, and a copy per document made every member search the cluster again (3,000 env files:
 * +70 MB and +2.7 s in the CLI).
 */
function asMembers(files: readonly ConfigDocument[]): readonly ConfigDocument[] {
	return files.some(file => file.members) ? files.flatMap(file => file.members ?? [file]) : files;
}

/**
 * The context of one container of a manifest or compose file: the file's context, with the file's other containers
 * among the members (the containers of one file are one cluster). The cluster is still asked for only when read.
 */
export function containerContext(file: ConfigDocument, container: ConfigDocument, ctx: EngineContext): EngineContext {
	const others = (file.members ?? []).filter(member => member !== container);
	let members: readonly ConfigDocument[] | undefined;
	const descriptors = Object.getOwnPropertyDescriptors(ctx);
	return Object.defineProperties({}, { ...descriptors, cluster: { get: () => members ??= [...others, ...ctx.cluster], enumerable: true } }) as EngineContext;
}

/** The container of a manifest or compose file that an offset stands in; the document itself where it has none. */
export function containerAt(doc: ConfigDocument, offset: number): ConfigDocument | undefined {
	if (!doc.members) return doc;
	return doc.members.find(member => member.span && member.span.start <= offset && offset <= member.span.end);
}

/**
 * The rules' view of the context: their messages in the document's language. The other members are asked for only
 * when a rule reads them, each passed through `members` (the view of them the rule sees).
 */
export function ruleContext(ctx: EngineContext, members: (docs: readonly ConfigDocument[]) => readonly ConfigDocument[] = docs => docs): RuleContext {
	let siblings: readonly ConfigDocument[] | undefined;
	return {
		version: ctx.version,
		target: ctx.target,
		newToken: ctx.newToken,
		get siblings() {
			return siblings ??= members(ctx.cluster);
		},
		get links() {
			return ctx.links;
		},
		locale: ctx.locale,
		msg: messagesFor(ctx.locale).rules,
	};
}
