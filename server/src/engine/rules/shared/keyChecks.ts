import { removeSpan } from '../../dialects/edits';
import type { ConfigDocument, Setting } from '../../model/configDocument';
import type { TextChange } from '../rule';
import { blanksAfter, blanksBefore, lineNumber } from './syntaxChecks';
import { closest, editDistance } from '../../text/suggest';
import type { Span } from '../../text/lineIndex';
import type { RuleMessages } from '../../l10n/rules.en';
import { envNameOf, etcdVersions, legacyIgnoredNames, optionByName, type EtcdOption, type EtcdVersion } from '../../etcd/options';
import { yamlSpelling } from '../../etcd/yamlKeys';

/*
 * Shared facts for the key rules: how a setting names its option (variable or DAEMON_ARGS flag), whether a YAML
 * config file takes over, and edits that rename or remove a key.
 */

/** The key rules' shared words in the file's language. */
type KeyWords = RuleMessages['key-checks'];

/** Debian's unit (and its init script) put these into etcd's environment before reading /etc/default/etcd. */
export const presetByDebian: readonly string[] = ['ETCD_NAME', 'ETCD_DATA_DIR'];

/** The flag's name without its dashes: `--name` gives `name`. */
export function flagName(setting: Setting): string {
	return setting.key.replace(/^--?/, '');
}

/** The legacy name (`config`, `force`, …) a variable or flag stands for: every version accepts and ignores it. */
const legacyByEnv = new Map(legacyIgnoredNames.map(name => [envNameOf(name), name]));

export function legacyName(setting: Setting): string | undefined {
	if (setting.source === 'flag') return setting.option ? undefined : legacyIgnoredNames.find(name => name === flagName(setting));
	return legacyByEnv.get(setting.key);
}

/** An option's name spelled the way this setting is written: `ETCD_LOG_LEVEL`, or `--log-level` with the same dashes. */
export function spelled(optionName: string, like: Setting): string {
	if (like.source === 'yaml') return yamlSpelling(optionName);
	return like.source === 'env' ? envNameOf(optionName) : like.key.replace(/^(--?).*$/, '$1') + optionName;
}

/** `replacedBy` in the user's spelling: `log-level=debug` gives `ETCD_LOG_LEVEL=debug`; free text stays as it is. */
export function replacementText(replacedBy: string, like: Setting, words: KeyWords): string {
	return replacedBy.split(' + ').map(piece => {
		const match = /^([a-z][a-z0-9-]*)(=.*)?$/.exec(piece);
		return match && optionByName(match[1]) ? spelled(match[1], like) + (match[2] ?? '') : piece;
	}).join(words.with);
}

/** The option that `replacedBy` names outright (a plain option name, not a value or a feature gate). */
export function replacementOption(option: EtcdOption): EtcdOption | undefined {
	return option.replacedBy ? optionByName(option.replacedBy) : undefined;
}

/** The first version in which the option is there, and the first in which it is gone again. */
export function firstVersion(option: EtcdOption): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] !== 'absent' && option.status[v] !== 'removed');
}

export function removedVersion(option: EtcdOption, after?: EtcdVersion): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] === 'removed' && (after === undefined || v > after));
}

/** Whether etcd counts the option as given: an empty variable is skipped as unset, an empty flag is still set. */
export function isGiven(setting: Setting): boolean {
	if (setting.source === 'yaml') return setting.yaml?.kind !== 'scalar' || setting.yaml.type !== 'null';
	return setting.source === 'flag' || setting.value !== '';
}

/**
 * The setting that makes etcd read a YAML file instead: a non-empty `--config-file` flag (the last one), or else the
 * last `ETCD_CONFIG_FILE` line when it is not empty. Every other variable and flag is then ignored.
 */
export function configFileSetting(doc: ConfigDocument): Setting | undefined {
	const own = doc.settings.filter(s => s.option?.name === 'config-file');
	const flag = own.filter(s => s.source === 'flag').pop();
	if (flag && flag.value !== '') return flag;
	const env = own.filter(s => s.source === 'env').pop();
	return env && env.value !== '' ? env : undefined;
}

/** The assignment or flag as written, without its line end. */
export function writtenSpan(setting: Setting): Span {
	return setting.source !== 'flag' ? { start: setting.keySpan.start, end: setting.valueSpan.end } : setting.statementSpan;
}

/** Where a message points the reader to: `on line 4` for a variable, `in DAEMON_ARGS` for a flag. */
export function whereWritten(doc: ConfigDocument, setting: Setting, words: KeyWords): string {
	return setting.source !== 'flag' ? words.onLine(lineNumber(doc, setting.keySpan.start)) : words.inArgs;
}

/** The closest names for "did you mean": only those as close as the best one, so `DATA_DRI` does not also offer WAL_DIR. */
export function suggestionsFor(word: string, candidates: readonly string[]): string[] {
	const found = closest(word, candidates);
	const distance = (candidate: string) => editDistance(word.toUpperCase(), candidate.toUpperCase());
	return found.filter(candidate => distance(candidate) === distance(found[0]));
}

export function renameKey(setting: Setting, newKey: string, preferred: boolean, words: KeyWords) {
	return { title: words.rename(newKey), preferred, changes: [{ span: setting.keySpan, newText: newKey }] };
}

/** Removes a variable's line, or a flag (with its value) and the blanks that separate it from its neighbours. */
export function removeSetting(doc: ConfigDocument, setting: Setting): TextChange {
	if (setting.source !== 'flag') return removeSpan(setting.statementSpan);
	const { start, end } = setting.statementSpan;
	const later = lastArgumentStart(doc) >= end;
	return removeSpan(later ? { start, end: blanksAfter(doc.text, end) } : { start: blanksBefore(doc.text, start), end });
}

const lastArgumentStarts = new WeakMap<ConfigDocument, number>();

/** Where the last DAEMON_ARGS argument starts: once per document, since every flag's removal asks. */
function lastArgumentStart(doc: ConfigDocument): number {
	let last = lastArgumentStarts.get(doc);
	if (last === undefined) {
		last = [...doc.settings.filter(s => s.source === 'flag').map(s => s.statementSpan), ...doc.argumentProblems.map(p => p.span)]
			.reduce((latest, span) => Math.max(latest, span.start), -1);
		lastArgumentStarts.set(doc, last);
	}
	return last;
}

const daemonArgsSettings = new WeakMap<ConfigDocument, Setting | null>();

/** The DAEMON_ARGS line whose flags etcd gets (the last one). Once per document: every flag's fix asks for it. */
export function daemonArgsSetting(doc: ConfigDocument): Setting | undefined {
	let setting = daemonArgsSettings.get(doc);
	if (setting === undefined) {
		setting = doc.settings.filter(s => s.source === 'env' && s.key === 'DAEMON_ARGS').pop() ?? null;
		daemonArgsSettings.set(doc, setting);
	}
	return setting ?? undefined;
}

/** Go's names for CPU types (runtime.GOARCH): ETCD_UNSUPPORTED_ARCH must equal the one etcd runs on. */
export const goArchitectures: readonly string[] = ['386', 'amd64', 'arm', 'arm64', 'loong64', 'mips', 'mips64', 'mips64le', 'mipsle', 'ppc64', 'ppc64le', 'riscv64', 's390x'];

const architectureAliases: Readonly<Record<string, string>> = {
	aarch64: 'arm64', x86_64: 'amd64', i386: '386', i686: '386', armv7l: 'arm', armv6l: 'arm', armhf: 'arm', armel: 'arm', ppc64el: 'ppc64le',
};

/** Go's name for what `uname -m` or a distribution calls a CPU type: `aarch64` is arm64. */
export function goArchitectureOf(name: string): string | undefined {
	const lower = name.toLowerCase();
	return goArchitectures.includes(lower) ? lower : architectureAliases[lower];
}
