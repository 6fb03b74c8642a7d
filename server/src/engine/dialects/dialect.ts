import type { EtcdOption, EtcdVersion } from '../etcd/options';
import type { Target } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import type { SpanEdit } from '../text/lineEdits';
import type { Span } from '../text/lineIndex';

/**
 * Which of etcd's three inputs a setting reaches: its environment (`ETCD_*` variables), its command line (flags),
 * or its YAML config file. etcd treats the three apart (an unknown variable only warns, an unknown flag stops it, an
 * unknown YAML key is skipped), so rules ask this, not which file format carried the setting.
 */
export type EtcdInput = 'environment' | 'command-line' | 'config-file';

/** The words a dialect needs to say where a setting is: `on line 4`, `in DAEMON_ARGS`. */
export interface WhereWords {
	readonly onLine: (line: number) => string;
	readonly inArgs: string;
}

/**
 * One spelling of settings in one carrier: an assignment in an env file, a flag in Debian's DAEMON_ARGS, a key of
 * etcd's YAML file. Everything that depends on how a setting is written is answered here, so rules and features
 * never look at the format: naming, writing a value, removing, adding one after another, where it is.
 */
export interface Dialect {
	readonly input: EtcdInput;
	/** What one setting is in this carrier, for fix titles and outlines. */
	readonly unit: 'line' | 'flag' | 'key';
	/** For a flag: what the command line it stands in is called (`DAEMON_ARGS`, `ExecStart=`). */
	readonly commandLine?: string;
	/** The option's name as this carrier writes it; `like` lends its own touches (a flag keeps its dashes). */
	spell(optionName: string, like?: Setting): string;
	/** The etcd name the setting's key spells, known option or not: `ETCD_FOO` and `--foo` both give `foo`. */
	nameOf(setting: Setting): string;
	/**
	 * Whether etcd reads `candidate`, which comes after `current` in the file, for their option: a later line wins
	 * over an earlier one and a variable over a flag (etcd refuses the pair; a rule says so); in YAML the spelling
	 * that sorts last wins, as etcd decodes the keys in sorted order.
	 */
	supersedes(candidate: Setting, current: Setting): boolean;
	/** Whether etcd counts the setting as given (an empty variable counts as unset, an empty flag does not). */
	isGiven(setting: Setting): boolean;
	/**
	 * The value in this carrier's own spelling where it has one apart from the command line's, which the checks read
	 * (YAML writes durations as nanoseconds); undefined where the two are the same.
	 */
	nativeValue(doc: ConfigDocument, setting: Setting): string | undefined;
	/** The setting as written, without its line end: what a diagnostic underlines. */
	writtenSpan(setting: Setting): Span;
	/** Where a message sends the reader. */
	where(doc: ConfigDocument, setting: Setting, words: WhereWords): string;
	/** The change that gives the setting a new value (in the flag syntax), keeping how it is quoted. */
	replaceValue(doc: ConfigDocument, setting: Setting, value: string): TextChange;
	/** The change that removes the setting, with what separates it from its neighbours. */
	remove(doc: ConfigDocument, setting: Setting): TextChange;
	/** A new setting as this carrier writes it (for fix titles): `ETCD_X="v"`, `--x=v`, `x: v`. */
	written(optionName: string, value: string, like?: Setting): string;
	/**
	 * The change that adds a setting right after `anchor`, quoted as the anchor is where `likeAnchor` asks for it;
	 * undefined where this carrier has no room for it.
	 */
	addAfter(doc: ConfigDocument, anchor: Setting, optionName: string, value: string, likeAnchor?: boolean): TextChange | undefined;
}

export interface FormatOptions {
	/** Reorder the settings by option group, each with the comments above it (`etcd.format.sortByGroup`). */
	readonly sortByGroup: boolean;
}

/** A key that may be written where the cursor is. */
export interface KeyChoice {
	readonly label: string;
	/** The option it sets; undefined for a section that holds options (`client-transport-security:`). */
	readonly option?: EtcdOption;
	/** What to insert, as an LSP snippet where `snippet` says so. */
	readonly insert: string;
	readonly snippet: boolean;
}

/** What the cursor stands on while the user types: a key being written, or an option's value. */
export type CompletionSite =
	| { readonly kind: 'key'; readonly span: Span; readonly keys: readonly KeyChoice[] }
	| {
		readonly kind: 'value'; readonly span: Span; readonly option: EtcdOption;
		/** A number or duration given in the flag spelling as this carrier writes it (YAML: nanoseconds). */
		readonly typedValue?: (flagValue: string) => string;
	};

/** The dialect of a document's own statements, with what only a whole document has: its layout, its cursor. */
export interface DocumentDialect extends Dialect {
	completionSite(doc: ConfigDocument, offset: number, version: EtcdVersion | Target): CompletionSite | undefined;
	/**
	 * Whether the document is the launcher itself (a unit that runs etcd), which converts to the env file it would
	 * read rather than to etcd's YAML file.
	 */
	readonly launches?: boolean;
	/**
	 * Where "Convert to environment file" tells the user to put the env file of a launcher (the key of its note among
	 * the conversion messages): a unit's EnvironmentFile=, compose's env_file:, a ConfigMap read with envFrom:.
	 */
	readonly envFileNote?: 'unitEnvironmentFile' | 'composeEnvFile' | 'kubernetesEnvFile';
	/** Whether a launcher loads the document into etcd's environment (an env file: EnvironmentFile=, env_file:). */
	readonly loadable?: boolean;
	/** A whole member file for an empty one, as snippet lines, where the carrier has one. */
	readonly skeleton?: readonly string[];
	/** Edits that lay the file out in the house style; none where other tools own the layout (YAML). */
	format?(doc: ConfigDocument, options: FormatOptions): SpanEdit[];
}
