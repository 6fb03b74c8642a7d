import { dialectOf, inputOf, spelled } from '../../dialects';
import { etcdVersions, legacyIgnoredNames, optionByName, type EtcdOption, type EtcdVersion } from '../../etcd/options';
import type { RuleMessages } from '../../l10n/rules.en';
import type { ConfigDocument, Setting } from '../../model/configDocument';
import { closest, editDistance } from '../../text/suggest';

/*
 * Shared facts for the key rules: what a key stands for, whether a YAML config file takes over, the names that
 * replace an option, and the rename fix.
 */

/** The key rules' shared words in the file's language. */
type KeyWords = RuleMessages['key-checks'];

/** Debian's unit (and its init script) put these into etcd's environment before reading /etc/default/etcd. */
export const presetByDebian: readonly string[] = ['ETCD_NAME', 'ETCD_DATA_DIR'];

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

/**
 * The setting that makes etcd read a YAML file instead: a non-empty `--config-file` flag (the last one), or else the
 * last `ETCD_CONFIG_FILE` line when it is not empty. Every other variable and flag is then ignored.
 */
export function configFileSetting(doc: ConfigDocument): Setting | undefined {
	const own = doc.settings.filter(s => s.option?.name === 'config-file');
	const flag = own.filter(s => inputOf(s) === 'command-line').pop();
	if (flag && flag.value !== '') return flag;
	const env = own.filter(s => inputOf(s) === 'environment').pop();
	return env && env.value !== '' ? env : undefined;
}

/**
 * The name left over from etcd 2 (`config`, `force`, …) that a variable or flag spells: every version accepts and
 * ignores it. A YAML file has no such names: etcd skips them like any unknown key.
 */
export function legacyName(setting: Setting): string | undefined {
	if (setting.option || inputOf(setting) === 'config-file') return undefined;
	const name = dialectOf(setting).nameOf(setting);
	return legacyIgnoredNames.find(legacy => legacy === name);
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
