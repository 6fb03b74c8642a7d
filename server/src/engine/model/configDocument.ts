import type { EtcdOption } from '../etcd/options';
import type { EnvFile } from '../parsers/envFile';
import type { TemplateSyntax } from '../parsers/templateSyntax';
import type { YamlFile, YamlValue } from '../parsers/yamlFile';
import { overlaps, positionAt, type LineIndex, type Span } from '../text/lineIndex';

/** One assignment of a value, whichever format it was written in. */
export interface Setting {
	/** The key as written: `ETCD_NAME`, `DAEMON_ARGS`. */
	readonly key: string;
	/** The etcd option the key names, if it names one. */
	readonly option: EtcdOption | undefined;
	readonly keySpan: Span;
	/** The value as written (quotes included). */
	readonly valueSpan: Span;
	/** The value etcd receives. */
	readonly value: string;
	/** valueOffsets[i] is the text offset of value[i]; one extra entry marks the end of the value. */
	readonly valueOffsets: readonly number[];
	/** The whole statement, line end included (for a flag: the flag and its value): what a fix removes. */
	readonly statementSpan: Span;
	/**
	 * `env`: an assignment in the file; `flag`: a command-line flag inside Debian's DAEMON_ARGS; `yaml`: a key of a
	 * YAML config file; `unit-flag`: a flag of a systemd unit's ExecStart=; `unit-env`: an assignment of its Environment=;
	 * `item-flag`: an item of a container's `command:`/`args:` list; `word-flag`: a word of compose's string `command:`;
	 * `k8s-env`: an item of a Kubernetes container's `env:`; `compose-env`: an entry of a compose service's `environment:`.
	 */
	readonly source: 'env' | 'flag' | 'yaml' | 'unit-flag' | 'unit-env' | 'item-flag' | 'word-flag' | 'k8s-env' | 'compose-env';
	/** For `yaml`: the value with its YAML type, which etcd's decoder checks strictly. */
	readonly yaml?: YamlValue;
}

/** A word of DAEMON_ARGS that etcd refuses before reading any option: a stray word, or a flag without its value. */
export interface ArgumentProblem {
	readonly kind: 'stray' | 'missing-value';
	readonly span: Span;
	readonly text: string;
}

/**
 * What reads the file and starts etcd: Debian's packaged unit (EnvironmentFile=-/etc/default/etcd, ETCD_NAME=%H,
 * `etcd $DAEMON_ARGS`), another systemd unit's EnvironmentFile=, docker compose's env_file, or etcd's --config-file.
 */
export type Launcher = 'debian-unit' | 'systemd' | 'compose' | 'config-file' | 'kubernetes';

/** A file that a tool renders before it is read (see parse/origin.ts). */
export interface DocumentTemplate {
	readonly syntax: TemplateSyntax;
	/** Where the text holds what the template decides (expressions and tags inside a line). */
	readonly spans: readonly Span[];
}

/** A parsed configuration file: the same shape for every format, so features do not care which it was. */
export interface ConfigDocument {
	readonly uri: string;
	readonly text: string;
	readonly lines: LineIndex;
	/**
	 * `unit`: a systemd unit or drop-in, whose Environment= and etcd ExecStart= hold the settings; `kubernetes`,
	 * `compose`: a manifest or compose file whose containers run etcd (each container a member of its own).
	 */
	readonly format: 'env' | 'yaml' | 'unit' | 'kubernetes' | 'compose';
	readonly launcher: Launcher;
	/** Set when a tool renders the file first; its parse then read the text with the template syntax masked. */
	readonly template?: DocumentTemplate;
	/**
	 * The env file as its launcher reads it (from the masked text of a template). For YAML: no statements, only the
	 * full-line comments, so the launcher's syntax checks find nothing to say.
	 */
	readonly env: EnvFile;
	/** For YAML: the parsed file. */
	readonly yaml?: YamlFile;
	/** Every assignment systemd keeps, in file order (later ones win), then the flags of DAEMON_ARGS. */
	readonly settings: readonly Setting[];
	readonly argumentProblems: readonly ArgumentProblem[];
	/** A file of several members (containers): one document each, with the file's text and uri#id. */
	readonly members?: readonly ConfigDocument[];
	/** For a member of such a file: the container as written. */
	readonly span?: Span;
	/** The env files its launcher loads into etcd's environment: a unit's EnvironmentFile=, a compose service's env_file. */
	readonly loads?: readonly LoadedFile[];
}

/**
 * An env file that a unit (EnvironmentFile=) or a compose service (env_file) loads: its variables and the
 * loader's flags reach one etcd, so the two files are one member.
 */
export interface LoadedFile {
	/** As written: absolute in a unit, relative to the compose file's folder in compose. */
	readonly path: string;
	/** Where the path is written in the loader. */
	readonly span: Span;
	/** `EnvironmentFile=-…`, compose's `required: false`: a missing file is skipped rather than refused. */
	readonly optional: boolean;
}

/** How a container's document is told from its file's: the file's uri, this, and the container's id. */
export const containerMark = '#etcd-container=';

/** The uri of the file a document is read from: a container's document is part of its manifest or compose file. */
export function fileUriOf(uri: string): string {
	const at = uri.indexOf(containerMark);
	return at < 0 ? uri : uri.slice(0, at);
}

/** The id of a container's document (`etcd-a`, `etcd/etcd`); undefined for a file's own document. */
export function containerIdOf(uri: string): string | undefined {
	const at = uri.indexOf(containerMark);
	return at < 0 ? undefined : decodeURIComponent(uri.slice(at + containerMark.length));
}

/** The text span that decoded characters [from, to) of a setting's value came from. */
export function valueSubspan(setting: Setting, from: number, to: number): Span {
	const start = setting.valueOffsets[from];
	const end = to > from ? setting.valueOffsets[to - 1] + 1 : start;
	return { start, end };
}

/** The decoded index whose character sits at (or just before) a text offset. */
export function valueIndexAt(setting: Setting, offset: number): number {
	const offsets = setting.valueOffsets;
	let index = 0;
	while (index < offsets.length - 1 && offsets[index + 1] <= offset) index++;
	return index;
}

/** The 1-based line number of an offset, for messages. */
export function lineNumber(doc: ConfigDocument, offset: number): number {
	return positionAt(doc.lines, offset).line + 1;
}

/** Whether a stretch of the text holds what the document's template decides (never, in a file nothing renders). */
export function templateDecides(doc: ConfigDocument, span: Span): boolean {
	return doc.template?.spans.some(template => overlaps(template, span)) ?? false;
}
